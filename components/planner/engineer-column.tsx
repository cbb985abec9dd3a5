'use client'

import { memo, useEffect, useRef } from 'react'
import type { CardView, ColumnSummary } from '@/lib/planner/types'
import { MODE_LABELS } from '@/lib/core/work-types'
import { columnWidthClass, type Density } from './density'
import { DeepWorkBar, LoadBar } from './load-bar'
import { fmtHours, fmtPercent, fmtSigned } from './mode-style'
import { PlanCard } from './plan-card'
import type { CardHandlers, EngineerOption, MoveVerdict } from './types'

export type LaneHandlers = { dragEnter: (lane: string) => void; drop: (lane: string) => void; showAll: (lane: string) => void }

type Props = {
  lane: string
  title: string
  summary: ColumnSummary | null
  cards: CardView[]
  names: Record<string, string>
  engineers: EngineerOption[]
  editable: boolean
  busyItem: string | null
  dropVerdict: MoveVerdict | null
  handlers: CardHandlers
  laneHandlers: LaneHandlers
  density: Density
  /** How many cards to render (Infinity: all); 0 shows the balance in one line and a button. */
  limit?: number
  idPrefix?: string
}

/**
 * One engineer (or the Unassigned lane): balance on top, cards below, and a drop target. The Unassigned
 * lane sticks to the end of a row that scrolls sideways, so it is always in view to drop cards on.
 */
export const EngineerColumn = memo(function EngineerColumn(props: Props) {
  const {
    lane,
    title,
    summary,
    cards,
    names,
    engineers,
    editable,
    busyItem,
    dropVerdict,
    handlers,
    laneHandlers,
    density,
    limit = Infinity,
    idPrefix = '',
  } = props
  const headingId = `${idPrefix}lane-${lane || 'unassigned'}`
  const shown = cards.length > limit ? cards.slice(0, limit) : cards
  const hidden = cards.length - shown.length
  const folded = limit === 0
  // "Show" replaces its own button with cards: keyboard focus moves to the first card it revealed.
  const revealFrom = useRef<number | null>(null)
  useEffect(() => {
    if (revealFrom.current === null || revealFrom.current >= shown.length) return
    document.getElementById(`${idPrefix}card-${shown[revealFrom.current].itemId}`)?.focus()
    revealFrom.current = null
  }, [shown, idPrefix])
  const showAll = () => {
    revealFrom.current = shown.length
    laneHandlers.showAll(lane)
  }
  return (
    <section
      aria-labelledby={headingId}
      className={`flex ${columnWidthClass(density, folded)} ${lane ? '' : 'sticky right-0 z-10'} flex-col rounded-lg border p-2 break-words ${dropVerdict ? (dropVerdict.allowed ? 'border-blue-600 bg-blue-50 dark:bg-blue-950' : 'border-red-600 bg-red-50 dark:bg-red-950') : 'border-slate-200 bg-slate-100 dark:border-slate-800 dark:bg-slate-900'}`}
      onDragEnter={() => laneHandlers.dragEnter(lane)}
      onDragOver={(e) => {
        if (dropVerdict?.allowed) e.preventDefault()
      }}
      onDrop={(e) => {
        e.preventDefault()
        laneHandlers.drop(lane)
      }}
      data-testid={summary ? 'engineer-column' : 'unassigned-lane'}
    >
      <header className="mb-2">
        <h2 id={headingId} className="font-semibold">
          {title}
        </h2>
        {summary && folded ? (
          <>
            <p className="text-xs">{`Load ${fmtHours(summary.plannedHours)} of ${fmtHours(summary.capacityHours)} (${fmtPercent(summary.capacityHours > 0 ? summary.plannedHours / summary.capacityHours : 0)}) · deep work ${fmtPercent(Math.max(0, Math.min(1, summary.deepWorkShare)))}`}</p>
            {summary.warnings.length ? (
              <p className="text-xs text-amber-900 dark:text-amber-200">
                <span aria-hidden="true">⚠ </span>
                {`${summary.warnings.length} warning(s)`}
              </p>
            ) : null}
          </>
        ) : summary ? (
          <>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Primary type: {MODE_LABELS[summary.primaryType]}
              {summary.preferredMode ? ` · prefers ${MODE_LABELS[summary.preferredMode].toLowerCase()}` : ''}
            </p>
            <div className="mt-1">
              <LoadBar summary={summary} />
            </div>
            <DeepWorkBar summary={summary} />
            {summary.warnings.length ? (
              <ul className="mt-2 space-y-1 text-xs text-amber-900 dark:text-amber-200" aria-label={`Warnings for ${title}`}>
                {summary.warnings.map((w, i) => (
                  <li key={i}>
                    <span aria-hidden="true">⚠ </span>
                    <span className="font-semibold">Warning:</span> {w}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p className="text-xs text-slate-600 dark:text-slate-400">{cards.length} item(s) nobody could take; each card says why.</p>
        )}
        {dropVerdict ? (
          <p className="mt-2 text-xs font-medium" role="status">
            {dropVerdict.allowed
              ? `Drop allowed: objective ${fmtSigned(dropVerdict.objectiveDelta)}${dropVerdict.warnings.length ? `; ${dropVerdict.warnings.join(' ')}` : ''}`
              : `Drop refused: ${dropVerdict.reason}`}
          </p>
        ) : null}
      </header>
      <div className="flex flex-col gap-2">
        {cards.length === 0 ? <p className="text-xs text-slate-600 dark:text-slate-400">No items.</p> : null}
        {shown.map((card) => (
          <PlanCard
            key={card.itemId}
            card={card}
            names={names}
            engineers={engineers}
            editable={editable}
            busy={busyItem === card.itemId}
            handlers={handlers}
            idPrefix={idPrefix}
          />
        ))}
        {hidden || folded ? (
          <button
            type="button"
            className="rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium dark:border-slate-600 dark:bg-slate-800"
            aria-expanded={false}
            onClick={showAll}
          >
            {folded ? (hidden ? `Show ${hidden} item(s) and the balance` : 'Show the balance') : `Show ${hidden} more item(s)`}
          </button>
        ) : null}
      </div>
    </section>
  )
})
