'use client'

import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { ITEM_STATUS_LABELS, PRIORITY_LABELS } from '@/lib/core/format'
import { ITEM_STATUSES, type BulkWorkItemsInput, type ItemStatus } from '@/lib/schemas/work-item'
import { WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '@/lib/core/work-types'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'

type Op = BulkWorkItemsInput extends infer U ? (U extends { ids: string[] } ? Omit<U, 'ids'> : never) : never

/** The actions for the selected rows; each one is a single request for all of them. */
export function BulkBar({
  count,
  sprints,
  pending,
  onRun,
}: {
  count: number
  sprints: { id: string; name: string }[]
  pending: boolean
  onRun: (op: Op) => void
}) {
  const [sprintId, setSprintId] = useState('')
  const [type, setType] = useState<WorkType>(WORK_TYPES[0])
  const [priority, setPriority] = useState(2)
  const [status, setStatus] = useState<ItemStatus>('DONE')
  // Kept after a run, so a refused label edit can be corrected rather than typed again.
  const [labels, setLabels] = useState('')
  const [confirming, setConfirming] = useState(false)
  const small = `${inputClass} w-auto py-1`

  return (
    <section
      aria-label="Bulk actions"
      className="sticky top-0 z-10 mb-3 flex flex-wrap items-center gap-3 rounded-md border border-blue-300 bg-blue-50 p-2 text-sm dark:border-blue-700 dark:bg-blue-950"
    >
      <p className="font-medium" aria-live="polite">
        {count} selected
      </p>
      <div className="flex items-center gap-1">
        <label htmlFor="bulk-sprint" className="sr-only">
          Move to
        </label>
        <select id="bulk-sprint" className={small} value={sprintId} onChange={(e) => setSprintId(e.target.value)}>
          <option value="">Backlog</option>
          {sprints.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <Button variant="secondary" disabled={pending} onClick={() => onRun({ op: 'move', sprintId: sprintId || null })}>
          Move
        </Button>
      </div>
      <div className="flex items-center gap-1">
        <label htmlFor="bulk-type" className="sr-only">
          Work type
        </label>
        <select id="bulk-type" className={small} value={type} onChange={(e) => setType(e.target.value as WorkType)}>
          {WORK_TYPES.map((t) => (
            <option key={t} value={t}>
              {WORK_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
        <Button variant="secondary" disabled={pending} onClick={() => onRun({ op: 'type', type })}>
          Set type
        </Button>
      </div>
      <div className="flex items-center gap-1">
        <label htmlFor="bulk-priority" className="sr-only">
          Priority
        </label>
        <select id="bulk-priority" className={small} value={priority} onChange={(e) => setPriority(Number(e.target.value))}>
          {[1, 2, 3, 4].map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABELS[p]}
            </option>
          ))}
        </select>
        <Button variant="secondary" disabled={pending} onClick={() => onRun({ op: 'priority', priority })}>
          Set priority
        </Button>
      </div>
      <div className="flex items-center gap-1">
        <label htmlFor="bulk-status" className="sr-only">
          Status
        </label>
        <select id="bulk-status" className={small} value={status} onChange={(e) => setStatus(e.target.value as ItemStatus)}>
          {ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ITEM_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <Button variant="secondary" disabled={pending} onClick={() => onRun({ op: 'status', status })}>
          Set status
        </Button>
      </div>
      <div className="flex items-center gap-1">
        <label htmlFor="bulk-labels" className="sr-only">
          Labels, separated by commas
        </label>
        <input
          id="bulk-labels"
          className={`${small} w-40`}
          placeholder="Labels, e.g. web, auth"
          value={labels}
          onChange={(e) => setLabels(e.target.value)}
        />
        <Button variant="secondary" disabled={pending} onClick={() => onRun({ op: 'labels', add: labels.split(','), remove: [] })}>
          Add labels
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => onRun({ op: 'labels', add: [], remove: labels.split(',') })}>
          Remove labels
        </Button>
      </div>
      <Button variant="danger" disabled={pending} onClick={() => setConfirming(true)}>
        Delete selected
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${count} work ${count === 1 ? 'item' : 'items'}?`}
        confirmLabel="Delete"
        pending={pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          onRun({ op: 'delete' })
        }}
      >
        The selected items are deleted with their plan assignments and outcomes. This cannot be undone.
      </ConfirmDialog>
    </section>
  )
}
