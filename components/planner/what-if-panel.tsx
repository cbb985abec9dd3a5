'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { buttonClass } from '@/components/ui/button'
import type { ActionFn } from '@/lib/core/action-result'
import { applyEdits, daysOffOf, hasChanges, type WhatIfEdit } from '@/lib/planner/scenario'
import type { Scenario, WhatIfPreview } from '@/lib/planner/types'
import type { Density } from './density'
import type { SavedVersion } from './plan-toolbar'
import { WhatIfResult } from './what-if-result'

type Props = {
  planId: string
  revision: number
  scenario: Scenario
  engineers: { id: string; name: string; hours: number }[]
  actions: { preview: ActionFn<WhatIfPreview>; save: ActionFn<SavedVersion> }
  density: Density
}

/**
 * Try availability changes and see the re-planned board and its diff; nothing is saved until asked.
 * Days off are dates: the server derives the person's hours again from them, holidays and weekends
 * included, and can record them in availability with the saved version.
 */
export function WhatIfPanel({ planId, revision, scenario, engineers, actions, density }: Props) {
  const router = useRouter()
  const [edits, setEdits] = useState<Record<string, WhatIfEdit>>({})
  const [preview, setPreview] = useState<WhatIfPreview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [record, setRecord] = useState(false)
  const [pending, start] = useTransition()
  const list = Object.values(edits)
  const next = applyEdits(scenario, list)
  const daysOff = daysOffOf(list)
  const edit = (id: string, patch: Partial<WhatIfEdit>) => setEdits((all) => ({ ...all, [id]: { ...all[id], engineerId: id, ...patch } }))
  const num = (v: string) => (v.trim() === '' ? null : Number(v))

  const call = (which: 'preview' | 'save') =>
    start(async () => {
      setError(null)
      const input = { planId, revision, scenario: next, daysOff, recordDaysOff: which === 'save' && record }
      const result = which === 'preview' ? await actions.preview(input) : await actions.save(input)
      if (!result.ok) return setError(result.message)
      if (which === 'preview') return setPreview(result.data as WhatIfPreview)
      setPreview(null)
      router.push(window.location.pathname)
      router.refresh()
    })

  return (
    <details className="mb-4 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer font-semibold">What if… (availability changes, nothing saved until you say so)</summary>
      <table className="mt-2 text-sm">
        <caption className="sr-only">Availability changes to try</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-3 text-left">
              Person
            </th>
            <th scope="col" className="pr-3 text-left">
              Hours now
            </th>
            <th scope="col" className="pr-3 text-left">
              First day off
            </th>
            <th scope="col" className="pr-3 text-left">
              Last day off
            </th>
            <th scope="col" className="pr-3 text-left">
              Or hours available
            </th>
            <th scope="col" className="text-left">
              Take out
            </th>
          </tr>
        </thead>
        <tbody>
          {engineers.map((e) => (
            <tr key={e.id}>
              <th scope="row" className="pr-3 text-left font-normal">
                {e.name}
              </th>
              <td className="pr-3">{e.hours} h</td>
              <td className="pr-3">
                <input
                  type="date"
                  aria-label={`First day off for ${e.name}`}
                  className="rounded border border-slate-300 px-1 dark:border-slate-600 dark:bg-slate-800"
                  onChange={(ev) => edit(e.id, { daysOff: { ...edits[e.id]?.daysOff, start: ev.target.value } })}
                />
              </td>
              <td className="pr-3">
                <input
                  type="date"
                  aria-label={`Last day off for ${e.name}`}
                  className="rounded border border-slate-300 px-1 dark:border-slate-600 dark:bg-slate-800"
                  onChange={(ev) => edit(e.id, { daysOff: { start: edits[e.id]?.daysOff?.start ?? '', end: ev.target.value } })}
                />
              </td>
              <td className="pr-3">
                <input
                  type="number"
                  min={0}
                  max={400}
                  step={1}
                  aria-label={`Hours available for ${e.name}`}
                  className="w-20 rounded border border-slate-300 px-1 dark:border-slate-600 dark:bg-slate-800"
                  onChange={(ev) => edit(e.id, { hours: num(ev.target.value) })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Take ${e.name} out of the plan`}
                  onChange={(ev) => edit(e.id, { removed: ev.target.checked })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={buttonClass('secondary')} disabled={pending || !hasChanges(list)} onClick={() => call('preview')}>
          Preview what-if
        </button>
        {preview ? (
          <button type="button" className={buttonClass('primary')} disabled={pending} onClick={() => call('save')}>
            Save as new version
          </button>
        ) : null}
        {preview && Object.keys(daysOff).length > 0 ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={record} onChange={(ev) => setRecord(ev.target.checked)} />
            Also record these days off in availability
          </label>
        ) : null}
        {preview ? (
          <button type="button" className={buttonClass('ghost')} onClick={() => setPreview(null)}>
            Discard
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite" className="mt-2 text-sm">
        {pending ? 'Re-planning…' : error ? <span className="text-red-800 dark:text-red-300">Error: {error}</span> : null}
      </div>
      {preview ? <WhatIfResult preview={preview} density={density} /> : null}
    </details>
  )
}
