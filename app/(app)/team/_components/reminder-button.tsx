'use client'

import { useActionForm } from '@/components/ui/use-action-form'
import { sendSurveyReminderAction } from '../actions'

/** Sends the first survey reminder; the schedule repeats it after 3 and 5 days until answered. */
export function ReminderButton({ membershipId, name }: { membershipId: string; name: string }) {
  const [state, action, pending] = useActionForm(sendSurveyReminderAction)
  if (state?.ok) {
    return (
      <p role="status" className="text-xs">
        {state.data.status === 'sent'
          ? `Reminder sent${state.data.emailed ? ' (and e-mailed)' : ''}.`
          : 'A reminder is already on its way.'}
      </p>
    )
  }
  return (
    <form action={action}>
      <input type="hidden" name="membershipId" value={membershipId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-400 px-2 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
      >
        {pending ? 'Sending…' : 'Send reminder'}
        <span className="sr-only"> to {name}</span>
      </button>
      {state && !state.ok ? (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
