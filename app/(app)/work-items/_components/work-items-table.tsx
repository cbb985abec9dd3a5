'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState, useTransition, type KeyboardEvent, type ReactNode } from 'react'
import { Alert } from '@/components/ui/alert'
import type { WorkItemPageRow } from '@/lib/db/work-items/list'
import { formatHours, ITEM_STATUS_LABELS, PRIORITY_LABELS } from '@/lib/core/format'
import { MODE_LABELS, WORK_TYPE_LABELS } from '@/lib/core/work-types'
import { bulkWorkItemsAction } from '../actions'
import { BulkBar } from './bulk-bar'

type Props = {
  items: WorkItemPageRow[]
  canWrite: boolean
  sprints: { id: string; name: string }[]
  caption: string
  sortHeaders: Record<string, ReactNode>
}

/**
 * The list with row selection and keyboard use: ↑/↓ (or j/k) move between rows, Space or x
 * selects the focused row, Enter opens it. One row at a time is in the tab order (roving focus).
 */
export function WorkItemsTable({ items, canWrite, sprints, caption, sortHeaders }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [active, setActive] = useState(0)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const [pending, start] = useTransition()
  const router = useRouter()
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.id))

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(items.map((i) => i.id)))

  const focusRow = (index: number) => {
    const bounded = Math.max(0, Math.min(items.length - 1, index))
    setActive(bounded)
    document.querySelector<HTMLTableRowElement>(`[data-row-index="${bounded}"]`)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    if (event.target !== event.currentTarget) return
    if (event.key === 'ArrowDown' || event.key === 'j') focusRow(index + 1)
    else if (event.key === 'ArrowUp' || event.key === 'k') focusRow(index - 1)
    else if ((event.key === ' ' || event.key === 'x') && canWrite) toggle(id)
    else if (event.key === 'Enter') router.push(`/work-items/${id}`)
    else return
    event.preventDefault()
  }

  const run = (op: Parameters<Parameters<typeof BulkBar>[0]['onRun']>[0]) =>
    start(async () => {
      const result = await bulkWorkItemsAction({ ...op, ids: [...selected] })
      if (!result.ok) return setMessage({ tone: 'error', text: result.message })
      const verb = { move: 'Moved', type: 'Updated', priority: 'Updated', status: 'Updated', labels: 'Updated', delete: 'Deleted' }[op.op]
      setMessage({ tone: 'success', text: `${verb} ${result.data.count} ${result.data.count === 1 ? 'item' : 'items'}.` })
      setSelected(new Set())
      router.refresh()
    })

  // Cell, row and link styles are declared once here rather than on each of the up to 200 rows x 9
  // cells: the page's HTML is mostly this table, and per-cell classes made it several times larger.
  const tableClass = [
    'w-full text-left text-sm [&_:is(td,th)]:py-2 [&_:is(td,th)]:pr-3 [&_:is(td,th)]:align-top',
    '[&_tbody>tr]:border-b [&_tbody>tr]:border-slate-100 dark:[&_tbody>tr]:border-slate-800 [&_tbody>tr]:outline-offset-[-2px]',
    '[&_tbody>tr:focus]:outline-2 [&_tbody>tr:focus]:outline-blue-600',
    '[&_tr[aria-selected=true]]:bg-blue-50 dark:[&_tr[aria-selected=true]]:bg-blue-950',
    '[&_td_a]:font-medium [&_td_a]:text-blue-700 [&_td_a]:underline dark:[&_td_a]:text-blue-300',
    '[&_small]:text-xs [&_small]:text-slate-600 dark:[&_small]:text-slate-400',
  ].join(' ')
  return (
    <>
      {message ? (
        <div className="mb-3">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
      {canWrite && selected.size > 0 ? <BulkBar count={selected.size} sprints={sprints} pending={pending} onRun={run} /> : null}
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        Keyboard: ↑/↓ or j/k move between rows{canWrite ? ', Space or x selects' : ''}, Enter opens.
      </p>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-slate-200 dark:border-slate-700">
            <tr>
              {canWrite ? (
                <th scope="col">
                  <input type="checkbox" aria-label="Select all items on this page" checked={allSelected} onChange={toggleAll} />
                </th>
              ) : null}
              {['title', 'type', 'mode', 'priority', 'hours', 'status', 'sprint', 'pinned'].map((key) => (
                <th key={key} scope="col" className={key === 'hours' ? 'text-right' : undefined}>
                  {sortHeaders[key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr
                key={item.id}
                data-row-index={index}
                tabIndex={index === active ? 0 : -1}
                aria-selected={canWrite ? selected.has(item.id) : undefined}
                onKeyDown={(e) => onKeyDown(e, index, item.id)}
                onFocus={() => setActive(index)}
              >
                {canWrite ? (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select “${item.title}”`}
                      checked={selected.has(item.id)}
                      onChange={() => toggle(item.id)}
                      tabIndex={-1}
                    />
                  </td>
                ) : null}
                <td>
                  {/* No prefetch: up to 200 rows in view would each cost the server a request. */}
                  <Link href={`/work-items/${item.id}`} tabIndex={-1} prefetch={false}>
                    {item.title}
                  </Link>
                  {item.externalKey ? <small className="ml-2">{item.externalKey}</small> : null}
                  {item.flagged ? (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                      Flagged: changed here and upstream
                    </span>
                  ) : null}
                  {item.labels.length ? <small className="block">{item.labels.join(', ')}</small> : null}
                </td>
                <td>{WORK_TYPE_LABELS[item.type]}</td>
                <td>
                  {MODE_LABELS[item.mode]}
                  {item.modeOverridden ? <small> (override)</small> : null}
                </td>
                <td>{PRIORITY_LABELS[item.priority]}</td>
                <td className="text-right">{formatHours(item.hours)}</td>
                <td>{ITEM_STATUS_LABELS[item.status]}</td>
                <td>{item.sprint ?? <small>Backlog</small>}</td>
                <td>{item.pinnedTo ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
