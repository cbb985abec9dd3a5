import { balanceWords } from '@/lib/planner/balance-words'
import { movedWords } from '@/lib/planner/diff'
import type { PlanMeta } from '@/lib/planner/types'

const KIND_TEXT = { plan: 'Planned from scratch', replan: 'Re-plan', 'what-if': 'Saved what-if', seed: 'Plan', edit: 'Hand edits' } as const

/** What this version is, what moved and why, and who is not on the board. */
export function PlanSummary({ meta, version }: { meta: PlanMeta; version: number }) {
  const capacityEdits = Object.keys(meta.scenario.capacity).length + meta.scenario.removed.length
  return (
    <section
      aria-labelledby="plan-summary-heading"
      className="mb-4 rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
      data-testid="plan-summary"
    >
      <h2 id="plan-summary-heading" className="font-semibold">
        Version {version}: {KIND_TEXT[meta.kind]}
        {meta.basedOnVersion ? ` of version ${meta.basedOnVersion}` : ''}
        {meta.kind === 'replan' || meta.kind === 'what-if' ? ` — ${movedWords(meta.movedCount)}` : ''}
      </h2>
      {meta.why.length ? (
        <ul className="mt-1 list-disc pl-5">
          {meta.why.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
      {meta.balance ? <p className="mt-1">{balanceWords(meta.balance)}</p> : null}
      {capacityEdits ? <p className="mt-1">This version uses {capacityEdits} availability change(s) from a what-if.</p> : null}
      {meta.unplanned.length ? (
        <div className="mt-2">
          <p className="font-medium">Not planned:</p>
          <ul className="list-disc pl-5">
            {meta.unplanned.map((u) => (
              <li key={u.membershipId}>
                {u.name}: {u.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {meta.notes.length ? (
        <ul className="mt-2 list-disc pl-5 text-amber-900 dark:text-amber-200">
          {meta.notes.map((n, i) => (
            <li key={i}>Note: {n}</li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
