import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { buttonClass } from '@/components/ui/button'
import { Card, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { SYNCED_FIELD_NAMES, type SyncedFieldName, type SyncedFields } from '@/lib/connectors/work-item-fields'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { getFlaggedSync } from '@/lib/db/connectors/synced-items'
import { getWorkItem } from '@/lib/db/work-items/reads'
import { formatDate, formatHours, ITEM_STATUS_LABELS, PRIORITY_LABELS } from '@/lib/core/format'
import { MODE_LABELS, WORK_TYPE_LABELS } from '@/lib/core/work-types'
import { DeleteItemButton } from '../_components/delete-item-button'
import { Markdown } from '../_components/markdown'
import { ResolveFlagForm } from '../_components/resolve-flag'

export const metadata: Metadata = { title: 'Work item' }

type SyncedValues = Partial<Pick<SyncedFields, SyncedFieldName>>

/** A synced field as the page shows it. */
function shown(name: SyncedFieldName, value: SyncedFields[SyncedFieldName]): string {
  if (name === 'type') return WORK_TYPE_LABELS[value as SyncedFields['type']]
  if (name === 'hours') return formatHours(value as number)
  if (name === 'priority') return PRIORITY_LABELS[value as number]
  if (name === 'status') return ITEM_STATUS_LABELS[value as SyncedFields['status']]
  if (name === 'labels') return (value as string[]).join(', ') || '—'
  const text = String(value)
  return text.length > 200 ? `${text.slice(0, 200)}…` : text || '—'
}

const FIELD_LABELS: Record<SyncedFieldName, string> = {
  title: 'Title',
  description: 'Description',
  type: 'Type',
  hours: 'Estimate',
  priority: 'Priority',
  labels: 'Labels',
  status: 'Status',
}

/** Each waiting field: its label, the value here and the tracker's. */
const flagRows = (item: SyncedFields, pending: SyncedValues) =>
  SYNCED_FIELD_NAMES.filter((name) => name in pending).map(
    (name) => [FIELD_LABELS[name], shown(name, item[name]), shown(name, pending[name] as SyncedFields[typeof name])] as const,
  )

export default async function WorkItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const actor = await requirePageActor('work-item:read')
  const itemId = (await params).itemId
  const [item, flag] = await Promise.all([getWorkItem(actor.orgId, itemId), getFlaggedSync(actor.orgId, itemId)])
  if (!item) notFound()
  const canWrite = can(actor.role, 'work-item:write')
  const facts: [string, ReactNode][] = [
    ['Type', WORK_TYPE_LABELS[item.type]],
    ['Mode', `${MODE_LABELS[item.mode]}${item.modeOverridden ? ' (override)' : ' (from the policy)'}`],
    ['Estimate', formatHours(item.hours)],
    ['Priority', `${item.priority} · ${PRIORITY_LABELS[item.priority]}`],
    ['Status', ITEM_STATUS_LABELS[item.status]],
    [
      'Sprint',
      item.sprint ? (
        <Link key="s" href={`/sprints/${item.sprint.id}`} className="text-blue-700 underline dark:text-blue-300">
          {item.sprint.name}
        </Link>
      ) : (
        'Backlog'
      ),
    ],
    ['Team', item.team?.name ?? '—'],
    ['Pinned to', item.pinnedTo?.name ?? 'Not pinned'],
    ['Labels', item.labels.length ? item.labels.join(', ') : '—'],
    ['External key', item.externalKey ?? '—'],
    ['Updated', formatDate(item.updatedAt)],
  ]
  return (
    <>
      <PageHeader
        title={item.title}
        actions={
          canWrite ? (
            <>
              <Link href={`/work-items/${item.id}/edit`} className={buttonClass('secondary')}>
                Edit
              </Link>
              <DeleteItemButton id={item.id} title={item.title} />
            </>
          ) : null
        }
      />
      {flag ? (
        <div className="mb-4">
          <Card title={`Changed here and in ${flag.connectionName}`}>
            <p className="mb-3 text-sm">
              This item was edited here while the tracker changed the same fields. The last sync kept your values and set the tracker’s
              aside.
            </p>
            <Table caption="Fields waiting for a decision" columns={['Field', 'Here', 'Upstream']}>
              {flagRows(item, flag.pending).map(([label, here, upstream]) => (
                <tr key={label} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {label}
                  </th>
                  <td className="py-2 pr-4">{here}</td>
                  <td className="py-2 pr-4">{upstream}</td>
                </tr>
              ))}
            </Table>
            {canWrite ? <ResolveFlagForm workItemId={item.id} /> : <p className="mt-3 text-sm">A manager decides which values to keep.</p>}
          </Card>
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Description" className="lg:col-span-2">
          <Markdown source={item.description} />
        </Card>
        <Card title="Details">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-slate-600 dark:text-slate-300">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
      <p className="mt-4 text-sm">
        <Link href="/work-items" className="text-blue-700 underline dark:text-blue-300">
          ← All work items
        </Link>
      </p>
    </>
  )
}
