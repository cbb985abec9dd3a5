'use client'

import { inputClass } from '@/components/ui/field'
import { formatHours, ITEM_STATUS_LABELS } from '@/lib/core/format'
import { CLOSE_DELIVERIES, CLOSE_DELIVERY_LABELS, type CloseDelivery } from '@/lib/schemas/sprint'

export type CloseItem = {
  id: string
  title: string
  hours: number
  status: 'TODO' | 'IN_PROGRESS' | 'DONE'
  externalKey: string | null
  outcome: { delivery: 'ON_TIME' | 'SLIPPED'; reworkHours: number; defects: number; note: string } | null
}
/** '' = not decided yet; `destination` is a sprint id or BACKLOG and only matters when not delivered. */
export type Entry = { delivery: CloseDelivery | ''; destination: string; reworkHours: string; defects: string; note: string }
export const BACKLOG = 'backlog'

const cell = 'py-2 pr-3 align-top'
const small = `${inputClass} py-1`

/** One item of the close table; every control is labelled with the item's title for screen readers. */
export function CloseItemRow({
  item,
  entry,
  destinations,
  showMissing,
  onChange,
}: {
  item: CloseItem
  entry: Entry
  destinations: { id: string; name: string }[]
  showMissing: boolean
  onChange: (change: Partial<Entry>) => void
}) {
  const delivered = entry.delivery === 'ON_TIME' || entry.delivery === 'SLIPPED'
  const missing = showMissing && entry.delivery === ''
  const id = (what: string) => `${what}-${item.id}`
  return (
    <tr className="border-b border-slate-100 dark:border-slate-800">
      <th scope="row" className={`${cell} font-normal`}>
        {item.title}
      </th>
      <td className={cell}>{item.externalKey ?? '—'}</td>
      <td className={`${cell} text-right`}>{formatHours(item.hours)}</td>
      <td className={cell}>{ITEM_STATUS_LABELS[item.status]}</td>
      <td className={cell}>
        <label htmlFor={id('delivery')} className="sr-only">
          Delivery of {item.title}
        </label>
        <select
          id={id('delivery')}
          className={small}
          value={entry.delivery}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? id('delivery-error') : undefined}
          onChange={(e) => onChange({ delivery: e.target.value as Entry['delivery'] })}
        >
          <option value="">Choose…</option>
          {CLOSE_DELIVERIES.map((d) => (
            <option key={d} value={d}>
              {CLOSE_DELIVERY_LABELS[d]}
            </option>
          ))}
        </select>
        {missing ? (
          <p id={id('delivery-error')} className="mt-1 text-xs text-red-700 dark:text-red-400">
            Choose a delivery
          </p>
        ) : null}
      </td>
      <td className={cell}>
        {entry.delivery === 'NOT_DELIVERED' ? (
          <>
            <label htmlFor={id('destination')} className="sr-only">
              Move {item.title} to
            </label>
            <select
              id={id('destination')}
              className={small}
              value={entry.destination}
              onChange={(e) => onChange({ destination: e.target.value })}
            >
              {destinations.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              <option value={BACKLOG}>The backlog</option>
            </select>
          </>
        ) : (
          <span className="text-slate-600 dark:text-slate-400">{delivered ? 'Stays (Done)' : '—'}</span>
        )}
      </td>
      {(['reworkHours', 'defects'] as const).map((field) => (
        <td key={field} className={cell}>
          <label htmlFor={id(field)} className="sr-only">
            {field === 'reworkHours' ? `Rework hours for ${item.title}` : `Defects in ${item.title}`}
          </label>
          <input
            id={id(field)}
            type="number"
            min="0"
            step={field === 'reworkHours' ? '0.5' : '1'}
            disabled={!delivered}
            className={`${small} w-20`}
            value={entry[field]}
            onChange={(e) => onChange({ [field]: e.target.value })}
          />
        </td>
      ))}
      <td className={cell}>
        <label htmlFor={id('note')} className="sr-only">
          Note on {item.title}
        </label>
        <input
          id={id('note')}
          disabled={!delivered}
          className={small}
          value={entry.note}
          onChange={(e) => onChange({ note: e.target.value })}
        />
      </td>
    </tr>
  )
}
