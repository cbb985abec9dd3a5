'use client'

import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/ui/use-action-form'
import type { ActionFn } from '@/lib/core/action-result'
import { formatHours } from '@/lib/core/format'
import { MODE_LABELS } from '@/lib/core/work-types'
import { changeCounts, type EngineerChanges } from '@/lib/planner/published-changes'

type Props = { changes: EngineerChanges & { planId: string; version: number; seenVersion: number }; gotIt: ActionFn }

/**
 * "Changed since you last looked" (decision 0055): the engineer's items added, removed or changed
 * between the published version they last saw and this one, until they say "Got it". Each line says
 * in words what happened, so the signs are never the only signal.
 */
export function ChangesPanel({ changes, gotIt }: Props) {
  const [state, action, pending] = useActionForm(gotIt)
  if (state?.ok) return null
  return (
    <section
      aria-labelledby="changes-heading"
      data-testid="plan-changes"
      className="mb-6 rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="changes-heading" className="font-semibold">
        Changed since you last looked: {changeCounts(changes)}
      </h2>
      <p className="mt-1">
        Version {changes.version} replaced version {changes.seenVersion}, the one you last saw.
      </p>
      <ul className="mt-2 list-disc pl-5">
        {changes.added.map((i) => (
          <li key={`added-${i.itemId}`}>
            Added: {i.title} ({MODE_LABELS[i.mode]}, {formatHours(i.hours)})
          </li>
        ))}
        {changes.removed.map((i) => (
          <li key={`removed-${i.itemId}`}>Removed: {i.title}</li>
        ))}
        {changes.changed.map((i) => (
          <li key={`changed-${i.itemId}`}>
            Changed: {i.title}, {MODE_LABELS[i.before.mode]} {formatHours(i.before.hours)} → {MODE_LABELS[i.after.mode]}{' '}
            {formatHours(i.after.hours)}
          </li>
        ))}
      </ul>
      <form action={action} className="mt-2">
        <input type="hidden" name="planId" value={changes.planId} />
        <Button type="submit" variant="secondary" disabled={pending}>
          Got it
        </Button>
      </form>
      {state && !state.ok ? (
        <p role="alert" className="mt-1 text-red-800 dark:text-red-300">
          {state.message}
        </p>
      ) : null}
    </section>
  )
}
