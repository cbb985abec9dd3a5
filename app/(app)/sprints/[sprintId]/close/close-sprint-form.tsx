'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { formatHours, ITEM_STATUS_LABELS } from '@/lib/core/format'
import { closeSprintAction } from '../../actions'

type Item = {
  id: string
  title: string
  hours: number
  status: 'TODO' | 'IN_PROGRESS' | 'DONE'
  externalKey: string | null
  outcome: { delivery: 'ON_TIME' | 'SLIPPED'; reworkHours: number; defects: number; note: string } | null
}
type Entry = { delivery: 'ON_TIME' | 'SLIPPED'; reworkHours: string; defects: string; note: string }

/** The bulk outcome table: one row per item, prefilled (done → on time, unfinished → slipped). */
export function CloseSprintForm({
  sprintId,
  items,
  nextSprints,
}: {
  sprintId: string
  items: Item[]
  nextSprints: { id: string; name: string }[]
}) {
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(
      items.map((i) => [
        i.id,
        {
          delivery: i.outcome?.delivery ?? (i.status === 'DONE' ? 'ON_TIME' : 'SLIPPED'),
          reworkHours: String(i.outcome?.reworkHours ?? 0),
          defects: String(i.outcome?.defects ?? 0),
          note: i.outcome?.note ?? '',
        },
      ]),
    ),
  )
  const [unfinished, setUnfinished] = useState<'backlog' | 'sprint'>(nextSprints.length > 0 ? 'sprint' : 'backlog')
  const [target, setTarget] = useState(nextSprints[0]?.id ?? '')
  const [error, setError] = useState<string | null>(null)
  const [pending, start] = useTransition()
  const router = useRouter()
  const open = items.filter((i) => i.status !== 'DONE').length
  const set = (id: string, change: Partial<Entry>) => setEntries((e) => ({ ...e, [id]: { ...e[id], ...change } }))

  const submit = () =>
    start(async () => {
      setError(null)
      const outcomes = items.map((i) => ({ workItemId: i.id, ...entries[i.id] }))
      const result = await closeSprintAction({ sprintId, outcomes, unfinished, targetSprintId: unfinished === 'sprint' ? target : null })
      if (!result.ok) return setError(result.message)
      router.push(`/sprints/${sprintId}`)
    })

  const cell = 'py-2 pr-3 align-top'
  return (
    <div className="space-y-6">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {items.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-medium">Outcome of each item</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className={cell}>
                  Item
                </th>
                <th scope="col" className={cell}>
                  Status
                </th>
                <th scope="col" className={cell}>
                  Delivery
                </th>
                <th scope="col" className={cell}>
                  Rework hours
                </th>
                <th scope="col" className={cell}>
                  Defects
                </th>
                <th scope="col" className={cell}>
                  Note
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const e = entries[item.id]
                return (
                  <tr key={item.id} className="border-b border-slate-100 dark:border-slate-800">
                    <th scope="row" className={`${cell} font-normal`}>
                      {item.title} <span className="text-xs text-slate-600 dark:text-slate-400">{formatHours(item.hours)}</span>
                    </th>
                    <td className={cell}>{ITEM_STATUS_LABELS[item.status]}</td>
                    <td className={cell}>
                      <label htmlFor={`delivery-${item.id}`} className="sr-only">
                        Delivery of {item.title}
                      </label>
                      <select
                        id={`delivery-${item.id}`}
                        className={`${inputClass} py-1`}
                        value={e.delivery}
                        onChange={(ev) => set(item.id, { delivery: ev.target.value as Entry['delivery'] })}
                      >
                        <option value="ON_TIME">On time</option>
                        <option value="SLIPPED">Slipped</option>
                      </select>
                    </td>
                    <td className={cell}>
                      <label htmlFor={`rework-${item.id}`} className="sr-only">
                        Rework hours for {item.title}
                      </label>
                      <input
                        id={`rework-${item.id}`}
                        type="number"
                        min="0"
                        step="0.5"
                        className={`${inputClass} w-20 py-1`}
                        value={e.reworkHours}
                        onChange={(ev) => set(item.id, { reworkHours: ev.target.value })}
                      />
                    </td>
                    <td className={cell}>
                      <label htmlFor={`defects-${item.id}`} className="sr-only">
                        Defects in {item.title}
                      </label>
                      <input
                        id={`defects-${item.id}`}
                        type="number"
                        min="0"
                        step="1"
                        className={`${inputClass} w-20 py-1`}
                        value={e.defects}
                        onChange={(ev) => set(item.id, { defects: ev.target.value })}
                      />
                    </td>
                    <td className={cell}>
                      <label htmlFor={`note-${item.id}`} className="sr-only">
                        Note on {item.title}
                      </label>
                      <input
                        id={`note-${item.id}`}
                        className={`${inputClass} py-1`}
                        value={e.note}
                        onChange={(ev) => set(item.id, { note: ev.target.value })}
                      />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm">This sprint has no items, so there are no outcomes to record.</p>
      )}
      <fieldset className="space-y-2 text-sm">
        <legend className="font-medium">
          {open} unfinished {open === 1 ? 'item goes' : 'items go'} to
        </legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="unfinished"
            value="backlog"
            checked={unfinished === 'backlog'}
            onChange={() => setUnfinished('backlog')}
          />{' '}
          The backlog
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="unfinished"
            value="sprint"
            checked={unfinished === 'sprint'}
            disabled={nextSprints.length === 0}
            onChange={() => setUnfinished('sprint')}
          />{' '}
          Another sprint of this team
          {nextSprints.length === 0 ? (
            <span className="text-slate-600 dark:text-slate-300">(none open: create the next sprint first)</span>
          ) : null}
        </label>
        {unfinished === 'sprint' ? (
          <div className="max-w-sm">
            <label htmlFor="target-sprint" className="sr-only">
              Next sprint
            </label>
            <select id="target-sprint" className={inputClass} value={target} onChange={(e) => setTarget(e.target.value)}>
              {nextSprints.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </fieldset>
      <Button onClick={submit} disabled={pending}>
        {pending ? 'Closing…' : 'Record outcomes and close sprint'}
      </Button>
    </div>
  )
}
