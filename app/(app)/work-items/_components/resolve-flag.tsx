'use client'

import { Button } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { useActionForm } from '@/components/ui/use-action-form'
import { resolveFlaggedItemAction } from '../actions'

/** The two ways to settle a flagged item; either clears the flag (decision 0073). */
export function ResolveFlagForm({ workItemId }: { workItemId: string }) {
  const [state, action, pending] = useActionForm(resolveFlaggedItemAction)
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="workItemId" value={workItemId} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="take" value="upstream" disabled={pending}>
          Take upstream values
        </Button>
        <Button type="submit" name="take" value="local" variant="secondary" disabled={pending}>
          Keep mine
        </Button>
      </div>
      <FormStatus state={state} />
    </form>
  )
}
