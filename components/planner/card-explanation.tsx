import type { CardView } from '@/lib/planner/types'
import { fmtSigned } from './mode-style'

/** Why the card sits where it does: the engine's reasons and the next-best place with its cost. */
export function CardExplanation({ card, names }: { card: CardView; names: Record<string, string> }) {
  const who = card.engineerId ? (names[card.engineerId] ?? 'this person') : 'nobody'
  const alt = card.alternative
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer font-medium text-blue-800 dark:text-blue-300">Why {card.engineerId ? who : 'unassigned'}?</summary>
      <ul className="mt-1 list-disc space-y-1 pl-4">
        {card.reasons.map((reason, i) => (
          <li key={i}>{reason}</li>
        ))}
      </ul>
      {alt ? (
        <p className="mt-1">
          <span className="font-medium">Next best:</span> {alt.engineerId ? (names[alt.engineerId] ?? 'someone else') : 'leave it unassigned'} (fit {alt.fit.toFixed(2)}), objective{' '}
          {fmtSigned(-alt.objectiveCost)}. {alt.note}
        </p>
      ) : card.engineerId ? (
        <p className="mt-1 text-slate-600 dark:text-slate-400">No alternative priced: the item is pinned, locked or was moved by hand.</p>
      ) : null}
    </details>
  )
}
