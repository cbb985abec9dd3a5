'use client'

import { useRef, useState, useTransition, type ReactNode } from 'react'
import type { ActionResult } from '@/lib/core/action-result'
import { buttonClass } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'

/**
 * A "Remove" button that asks first. The dialog is mounted only while open, so a list of these
 * never repeats the dialog's ids; cancelling puts focus back on the button.
 */
export function ConfirmRemoveButton({
  label,
  title,
  confirmLabel,
  children,
  onRemove,
}: {
  label: string
  title: string
  confirmLabel: string
  children: ReactNode
  onRemove: () => Promise<ActionResult<unknown>>
}) {
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [pending, start] = useTransition()
  const button = useRef<HTMLButtonElement>(null)
  const cancel = () => {
    setOpen(false)
    button.current?.focus()
  }
  const confirm = () =>
    start(async () => {
      const result = await onRemove()
      setOpen(false)
      if (!result.ok) {
        setError(result.message)
        button.current?.focus()
      }
    })
  return (
    <>
      <button
        ref={button}
        type="button"
        className={buttonClass('secondary', 'px-2 py-1 text-xs')}
        onClick={() => setOpen(true)}
        disabled={pending}
      >
        {label}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
      {open ? (
        <ConfirmDialog open title={title} confirmLabel={confirmLabel} pending={pending} onConfirm={confirm} onCancel={cancel}>
          {children}
        </ConfirmDialog>
      ) : null}
    </>
  )
}
