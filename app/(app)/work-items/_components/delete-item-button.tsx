'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { deleteWorkItemAction } from '../actions'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'

export function DeleteItemButton({ id, title }: { id: string; title: string }) {
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [pending, start] = useTransition()
  const router = useRouter()
  const confirm = () =>
    start(async () => {
      const result = await deleteWorkItemAction({ id })
      if (!result.ok) {
        setError(result.message)
        setOpen(false)
        return
      }
      router.push('/work-items?deleted=1')
    })
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title="Delete this work item?"
        confirmLabel="Delete item"
        pending={pending}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        “{title}” will be deleted with its plan assignments and outcome. This cannot be undone.
      </ConfirmDialog>
    </>
  )
}
