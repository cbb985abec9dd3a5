'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition, type ReactNode } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { inputClass } from '@/components/ui/field'
import { formatHoursPlain, ITEM_STATUS_LABELS } from '@/lib/core/format'
import { CLOSE_DELIVERIES, CLOSE_DELIVERY_LABELS, type CloseDelivery } from '@/lib/schemas/sprint'
import { closeSprintAction } from '../../actions'
import { BACKLOG, CloseItemRow, type CloseItem, type Entry } from './close-item-row'

type Filter = 'all' | 'undecided' | CloseItem['status']
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All items' },
  { value: 'undecided', label: 'Without a delivery' },
  ...(['DONE', 'IN_PROGRESS', 'TODO'] as const).map((s) => ({ value: s, label: ITEM_STATUS_LABELS[s] })),
]

// Done items start as delivered on time (the common case, one look to confirm); everything else
// starts undecided, so nothing unfinished is closed as delivered by default (decision 0056).
const initialEntry = (i: CloseItem, destination: string): Entry => ({
  delivery: i.outcome?.delivery ?? (i.status === 'DONE' ? 'ON_TIME' : ''),
  destination,
  reworkHours: String(i.outcome?.reworkHours ?? 0),
  defects: String(i.outcome?.defects ?? 0),
  note: i.outcome?.note ?? '',
})

/** "30 delivered (112 h) · 10 not delivered → Sprint 13": what the close will do, as it stands. */
function summarize(items: CloseItem[], entries: Record<string, Entry>, destinationName: (id: string) => string) {
  const delivered = items.filter((i) => entries[i.id].delivery === 'ON_TIME' || entries[i.id].delivery === 'SLIPPED')
  const moving = items.filter((i) => entries[i.id].delivery === 'NOT_DELIVERED')
  const undecided = items.length - delivered.length - moving.length
  const counts = new Map<string, number>()
  for (const i of moving) counts.set(entries[i.id].destination, (counts.get(entries[i.id].destination) ?? 0) + 1)
  const where = [...counts].map(([d, n]) => (counts.size === 1 ? destinationName(d) : `${destinationName(d)} (${n})`)).join(', ')
  const hours = delivered.reduce((sum, i) => sum + i.hours, 0)
  return [
    `${delivered.length} delivered (${formatHoursPlain(hours)})`,
    `${moving.length} not delivered${moving.length ? ` → ${where}` : ''}`,
    ...(undecided ? [`${undecided} without a delivery`] : []),
  ].join(' · ')
}

/** The close table: a delivery per item, bulk actions over the rows shown, a summary and a confirm step. */
export function CloseSprintForm({
  sprintId,
  sprintName,
  items,
  nextSprints,
}: {
  sprintId: string
  sprintName: string
  items: CloseItem[]
  nextSprints: { id: string; name: string }[]
}) {
  const [bulkDestination, setBulkDestination] = useState(nextSprints[0]?.id ?? BACKLOG)
  const [entries, setEntries] = useState(() => Object.fromEntries(items.map((i) => [i.id, initialEntry(i, bulkDestination)])))
  const [filter, setFilter] = useState<Filter>('all')
  const [bulkDelivery, setBulkDelivery] = useState<CloseDelivery>('ON_TIME')
  const [error, setError] = useState<string | null>(null)
  const [attempted, setAttempted] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [pending, start] = useTransition()
  const router = useRouter()

  const shown = items.filter((i) =>
    filter === 'all' ? true : filter === 'undecided' ? entries[i.id].delivery === '' : i.status === filter,
  )
  const undecided = items.filter((i) => entries[i.id].delivery === '').length
  const destinationName = (id: string) => (id === BACKLOG ? 'the backlog' : (nextSprints.find((s) => s.id === id)?.name ?? id))
  const summary = summarize(items, entries, destinationName)
  const update = (ids: string[], change: (e: Entry) => Partial<Entry>) =>
    setEntries((all) => ({ ...all, ...Object.fromEntries(ids.map((id) => [id, { ...all[id], ...change(all[id]) }])) }))

  const review = () => {
    setAttempted(true)
    setError(undecided ? `Choose a delivery for every item: ${undecided} ${undecided === 1 ? 'has' : 'have'} none.` : null)
    if (!undecided) setConfirming(true)
  }
  const close = () =>
    start(async () => {
      const result = await closeSprintAction({
        sprintId,
        items: items.map((i) => {
          const { destination, ...e } = entries[i.id]
          return { workItemId: i.id, ...e, targetSprintId: destination === BACKLOG ? null : destination }
        }),
      })
      setConfirming(false)
      if (!result.ok) return setError(result.message)
      router.push(`/sprints/${sprintId}`)
    })

  const confirmClose = (body: ReactNode) => (
    <ConfirmDialog
      open={confirming}
      title={`Close ${sprintName}?`}
      confirmLabel="Close sprint"
      pending={pending}
      onConfirm={close}
      onCancel={() => setConfirming(false)}
    >
      {body}
    </ConfirmDialog>
  )

  if (items.length === 0) {
    return (
      <div className="space-y-4">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <p className="text-sm">This sprint has no items, so there are no outcomes to record.</p>
        <Button onClick={() => setConfirming(true)}>Close sprint</Button>
        {confirmClose('A closed sprint cannot be reopened.')}
      </div>
    )
  }

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div
        role="group"
        aria-label="Bulk actions"
        className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700"
      >
        <div>
          <label htmlFor="close-filter" className="block font-medium">
            Show
          </label>
          <select id="close-filter" className={`${inputClass} py-1`} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor="bulk-delivery" className="block font-medium">
              Set delivery for all shown rows
            </label>
            <select
              id="bulk-delivery"
              className={`${inputClass} py-1`}
              value={bulkDelivery}
              onChange={(e) => setBulkDelivery(e.target.value as CloseDelivery)}
            >
              {CLOSE_DELIVERIES.map((d) => (
                <option key={d} value={d}>
                  {CLOSE_DELIVERY_LABELS[d]}
                </option>
              ))}
            </select>
          </div>
          <Button
            variant="secondary"
            disabled={shown.length === 0}
            onClick={() =>
              update(
                shown.map((i) => i.id),
                () => ({ delivery: bulkDelivery }),
              )
            }
          >
            Apply to {shown.length} shown {shown.length === 1 ? 'row' : 'rows'}
          </Button>
        </div>
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor="bulk-destination" className="block font-medium">
              Move all not delivered to
            </label>
            <select
              id="bulk-destination"
              className={`${inputClass} py-1`}
              value={bulkDestination}
              onChange={(e) => setBulkDestination(e.target.value)}
            >
              {nextSprints.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              <option value={BACKLOG}>The backlog</option>
            </select>
          </div>
          {/* Rows marked not delivered later start at the bulk choice, since every row keeps its destination. */}
          <Button
            variant="secondary"
            onClick={() =>
              update(
                items.map((i) => i.id),
                () => ({ destination: bulkDestination }),
              )
            }
          >
            Apply to not delivered
          </Button>
        </div>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-medium">
            Delivery of each item ({shown.length} of {items.length} shown)
          </caption>
          <thead className="border-b border-slate-200 dark:border-slate-700">
            <tr>
              {['Item', 'Key', 'Hours', 'Status', 'Delivery', 'Move to', 'Rework hours', 'Defects', 'Note'].map((h) => (
                <th key={h} scope="col" className={`py-2 pr-3 ${h === 'Hours' ? 'text-right' : ''}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <CloseItemRow
                key={item.id}
                item={item}
                entry={entries[item.id]}
                destinations={nextSprints}
                showMissing={attempted}
                onChange={(change) =>
                  update([item.id], (e) => ({
                    ...change,
                    ...(change.delivery === 'NOT_DELIVERED' && e.delivery !== 'NOT_DELIVERED' ? { destination: bulkDestination } : {}),
                  }))
                }
              />
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" className="text-sm font-medium">
        {summary}
      </p>
      <Button onClick={review} disabled={pending}>
        Review and close sprint
      </Button>
      {confirmClose(
        <>
          <p>{summary}.</p>
          <p className="mt-2">Delivered items stay in this sprint as Done; the others move now. A closed sprint cannot be reopened.</p>
        </>,
      )}
    </div>
  )
}
