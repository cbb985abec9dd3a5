'use client'

import { Button } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { useActionForm } from '@/components/ui/use-action-form'
import type { ActionFn } from '@/lib/core/action-result'

type Props = {
  action: ActionFn
  fields?: Record<string, string>
  label: string
  /** Asked before destructive actions; cancelling sends nothing. */
  confirm?: string
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost'
  success?: string
}

/** A one-button form (remove, revoke, leave) that reports its own outcome next to the button. */
export function ActionButton({ action, fields = {}, label, confirm, variant = 'secondary', success }: Props) {
  const [state, formAction, pending] = useActionForm(action)
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault()
      }}
      className="inline-flex flex-col gap-1"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? 'Working…' : label}
      </Button>
      <FormStatus state={state} success={success} />
    </form>
  )
}
