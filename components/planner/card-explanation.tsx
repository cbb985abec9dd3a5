'use client'

import { useState } from 'react'
import type { ActionResult } from '@/lib/core/action-result'
import type { CardView, Explanation } from '@/lib/planner/types'
import { fmtSigned } from './mode-style'

type Loaded = { status: 'idle' | 'loading' } | { status: 'error'; message: string } | { status: 'ready'; explanation: Explanation }

/**
 * Why the card sits where it does: the engine's reasons and the next-best place with its cost. Read on
 * first opening, so a 400-card board does not send 400 explanations nobody opened.
 */
export function CardExplanation({
  card,
  names,
  explain,
}: {
  card: CardView
  names: Record<string, string>
  explain: (itemId: string) => Promise<ActionResult<Explanation>>
}) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'idle' })
  const who = card.engineerId ? (names[card.engineerId] ?? 'this person') : 'nobody'

  async function load() {
    setLoaded({ status: 'loading' })
    const result = await explain(card.itemId).catch(() => null)
    setLoaded(
      result?.ok
        ? { status: 'ready', explanation: result.data }
        : { status: 'error', message: result?.message ?? 'The explanation could not be loaded.' },
    )
  }

  return (
    <details
      className="mt-2 text-xs"
      onToggle={(e) => {
        if (e.currentTarget.open && (loaded.status === 'idle' || loaded.status === 'error')) void load()
      }}
    >
      <summary className="cursor-pointer font-medium text-blue-800 dark:text-blue-300">{`Why ${card.engineerId ? who : 'unassigned'}?`}</summary>
      <div aria-live="polite">
        {loaded.status === 'loading' ? <p className="mt-1">Loading the explanation…</p> : null}
        {loaded.status === 'error' ? (
          <p className="mt-1 text-red-800 dark:text-red-300">
            Error: {loaded.message}{' '}
            <button type="button" className="underline" onClick={() => void load()}>
              Try again
            </button>
          </p>
        ) : null}
        {loaded.status === 'ready' ? <Reasons card={card} names={names} explanation={loaded.explanation} /> : null}
      </div>
    </details>
  )
}

function Reasons({
  card,
  names,
  explanation: { reasons, alternative: alt },
}: {
  card: CardView
  names: Record<string, string>
  explanation: Explanation
}) {
  return (
    <>
      {reasons.length ? (
        <ul className="mt-1 list-disc space-y-1 pl-4">
          {reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">No reasons were stored with this placement.</p>
      )}
      {alt ? (
        <p className="mt-1">
          <span className="font-medium">Next best:</span>{' '}
          {alt.engineerId ? (names[alt.engineerId] ?? 'someone else') : 'leave it unassigned'} (fit {alt.fit.toFixed(2)}), objective{' '}
          {fmtSigned(-alt.objectiveCost)}. {alt.note}
        </p>
      ) : card.engineerId ? (
        <p className="mt-1 text-slate-600 dark:text-slate-400">No alternative priced: the item is pinned, locked or was moved by hand.</p>
      ) : null}
    </>
  )
}
