import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { buttonClass } from '@/components/ui/button'
import { Card, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { getWorkItem } from '@/lib/db/work-items/reads'
import { formatDate, formatHours, ITEM_STATUS_LABELS, PRIORITY_LABELS } from '@/lib/core/format'
import { MODE_LABELS, WORK_TYPE_LABELS } from '@/lib/core/work-types'
import { DeleteItemButton } from '../_components/delete-item-button'
import { Markdown } from '../_components/markdown'

export const metadata: Metadata = { title: 'Work item' }

export default async function WorkItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const actor = await requirePageActor('work-item:read')
  const item = await getWorkItem(actor.orgId, (await params).itemId)
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
