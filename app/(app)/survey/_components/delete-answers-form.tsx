'use client'

import { Button } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { useActionForm } from '@/components/ui/use-action-form'
import { deleteRawAnswersAction } from '../actions'

/** A two-step delete: the button only appears after opening the disclosure that explains it. */
export function DeleteAnswersForm() {
  const [state, action, pending] = useActionForm(deleteRawAnswersAction)
  return (
    <details className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
      {/* Padded to a 28 px tap target: on a phone it sits just below the results table (WCAG 2.5.8). */}
      <summary className="cursor-pointer py-1 text-sm font-medium">Delete my raw answers</summary>
      <div className="mt-2 space-y-2 text-sm">
        <p>
          This removes every individual answer, note, draft and pulse comment you have given. Your profile stays, so planning keeps working,
          and it will read “self-reported without details”. This cannot be undone, so you may want to export your answers first.
        </p>
        <form action={action} className="space-y-2">
          <input type="hidden" name="confirm" value="delete" />
          <FormStatus state={state} success="Your raw answers are deleted. Your profile stays, without details." />
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? 'Deleting…' : 'Yes, delete my raw answers'}
          </Button>
        </form>
      </div>
    </details>
  )
}
