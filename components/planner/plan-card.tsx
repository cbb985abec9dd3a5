'use client'

import { memo, useId, useState } from 'react'
import type { CardView } from '@/lib/planner/types'
import { PRIORITY_LABELS } from '@/lib/core/format'
import { WORK_TYPE_LABELS } from '@/lib/core/work-types'
import { CardExplanation } from './card-explanation'
import { ModeBadge } from './mode-badge'
import { fmtHours, fmtSigned } from './mode-style'
import type { CardHandlers, EngineerOption, MoveVerdict } from './types'

type Props = {
  card: CardView
  names: Record<string, string>
  engineers: EngineerOption[]
  editable: boolean
  busy: boolean
  handlers: CardHandlers
  idPrefix?: string
}

const UNASSIGNED = '__unassigned__'

/** One work item. Memoised: a move re-renders only the cards whose data changed. */
export const PlanCard = memo(function PlanCard({ card, names, engineers, editable, busy, handlers, idPrefix = '' }: Props) {
  const [open, setOpen] = useState(false)
  const [target, setTarget] = useState('')
  const [verdict, setVerdict] = useState<MoveVerdict | null>(null)
  const selectId = useId()
  const verdictId = useId()
  const fixed = card.locked || Boolean(card.pinnedTo)

  function choose(value: string) {
    setTarget(value)
    setVerdict(value ? handlers.check(card.itemId, value === UNASSIGNED ? null : value) : null)
  }

  return (
    <article
      id={`${idPrefix}card-${card.itemId}`}
      tabIndex={-1}
      aria-labelledby={`${idPrefix}card-title-${card.itemId}`}
      draggable={editable && !fixed ? true : undefined}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', card.itemId)
        e.dataTransfer.effectAllowed = 'move'
        handlers.dragStart(card.itemId)
      }}
      className={`rounded-md border bg-white p-2 text-sm shadow-sm dark:bg-slate-900 ${busy ? 'opacity-60' : ''} ${card.locked ? 'border-dashed border-slate-500 dark:border-slate-400' : 'border-slate-200 dark:border-slate-700'}`}
      data-testid="plan-card"
    >
      <h3 id={`${idPrefix}card-title-${card.itemId}`} className="leading-snug font-medium">
        {card.title}
      </h3>
      <p className="mt-1 flex flex-wrap gap-x-2 gap-y-0.5 text-xs text-slate-700 dark:text-slate-300">
        <span>{WORK_TYPE_LABELS[card.type]}</span>
        <ModeBadge mode={card.mode} />
        <span>{fmtHours(card.hours)}</span>
        <span>{`${PRIORITY_LABELS[card.priority] ?? `P${card.priority}`} priority`}</span>
        {card.engineerId ? <span>{`Fit ${card.fit.toFixed(2)}`}</span> : null}
        {card.locked ? <span className="font-semibold">Locked</span> : null}
        {card.pinnedTo ? <span className="font-semibold">{`Pinned to ${names[card.pinnedTo] ?? 'someone'}`}</span> : null}
      </p>
      {!card.engineerId && card.note ? (
        <p className="mt-1 text-xs">
          <span className="font-medium">Not placed:</span> {card.note}
        </p>
      ) : null}
      <CardExplanation card={card} names={names} explain={handlers.explain} />
      {editable ? (
        <div className="mt-2 flex flex-wrap gap-1 text-xs">
          <button
            type="button"
            className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600"
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
            disabled={busy}
          >
            Assign to…
          </button>
          {card.engineerId ? (
            <>
              <button
                type="button"
                className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600"
                aria-pressed={card.locked}
                disabled={busy}
                onClick={() => handlers.toggleLock(card.itemId, !card.locked)}
              >
                {card.locked ? 'Unlock' : 'Lock'}
              </button>
              <button
                type="button"
                className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600"
                aria-pressed={Boolean(card.pinnedTo)}
                disabled={busy}
                onClick={() => handlers.togglePin(card.itemId, !card.pinnedTo)}
              >
                {card.pinnedTo ? 'Unpin' : 'Pin'}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {editable && open ? (
        <form
          className="mt-2 space-y-1 text-xs"
          onSubmit={(e) => {
            e.preventDefault()
            if (!verdict?.allowed) return
            handlers.move(card.itemId, target === UNASSIGNED ? null : target)
            setOpen(false)
            setTarget('')
            setVerdict(null)
          }}
        >
          <label htmlFor={selectId} className="block font-medium">
            Assign “{card.title}” to
          </label>
          <select
            id={selectId}
            autoFocus
            value={target}
            onChange={(e) => choose(e.target.value)}
            aria-describedby={verdict ? verdictId : undefined}
            className="w-full rounded border border-slate-300 bg-white px-1 py-1 dark:border-slate-600 dark:bg-slate-800"
          >
            <option value="">Choose…</option>
            {engineers
              .filter((e) => e.id !== card.engineerId)
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            {card.engineerId ? <option value={UNASSIGNED}>Unassigned</option> : null}
          </select>
          {verdict ? (
            <div id={verdictId} className={verdict.allowed ? 'text-amber-900 dark:text-amber-200' : 'text-red-800 dark:text-red-300'}>
              {verdict.allowed ? (
                <>
                  <p className="font-semibold">Allowed. Objective {fmtSigned(verdict.objectiveDelta)}.</p>
                  {verdict.warnings.map((w, i) => (
                    <p key={i}>Warning: {w}</p>
                  ))}
                </>
              ) : (
                <p>
                  <span className="font-semibold">Refused:</span> {verdict.reason}
                </p>
              )}
            </div>
          ) : null}
          <button
            type="submit"
            disabled={!verdict?.allowed}
            className="rounded bg-blue-700 px-2 py-1 font-medium text-white disabled:bg-slate-400"
          >
            Move
          </button>
        </form>
      ) : null}
    </article>
  )
})
