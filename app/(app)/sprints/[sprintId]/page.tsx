import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { buttonClass } from '@/components/ui/button'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { getSprintMoves } from '@/lib/db/sprints/outcomes'
import { getSprintWithItems } from '@/lib/db/sprints/sprints'
import { formatDateRange, formatHours, ITEM_STATUS_LABELS, PRIORITY_LABELS, SPRINT_STATUS_LABELS } from '@/lib/core/format'
import { MODE_LABELS, WORK_TYPE_LABELS } from '@/lib/core/work-types'
import { CLOSE_DELIVERY_LABELS } from '@/lib/schemas/sprint'
import { ClosedSprintSummary } from '../_components/closed-sprint-summary'

export const metadata: Metadata = { title: 'Sprint' }

export default async function SprintPage({ params }: { params: Promise<{ sprintId: string }> }) {
  const actor = await requirePageActor('sprint:read')
  const sprint = await getSprintWithItems(actor.orgId, (await params).sprintId)
  if (!sprint) notFound()
  const totalHours = sprint.workItems.reduce((sum, i) => sum + i.hours, 0)
  const open = sprint.status !== 'CLOSED'
  const canWrite = can(actor.role, 'sprint:write')
  const exportPlan = sprint._count.plans > 0 && can(actor.role, 'plan:read')
  // A closed sprint keeps its delivered items (decision 0056); the rest moved on at the close.
  const moved = open ? null : await getSprintMoves(actor.orgId, sprint.id)
  return (
    <>
      <PageHeader
        title={sprint.name}
        description={`${sprint.team.name} · ${formatDateRange(sprint.startDate, sprint.endDate)} · ${SPRINT_STATUS_LABELS[sprint.status]} · ${sprint.workItems.length} items, ${formatHours(totalHours)}`}
        actions={
          <>
            {can(actor.role, 'plan:read') ? (
              <Link href={`/sprints/${sprint.id}/planner`} className={buttonClass('primary')}>
                Open the planner
              </Link>
            ) : null}
            <Link href={`/sprints/${sprint.id}/availability`} className={buttonClass('secondary')}>
              Availability
            </Link>
            {canWrite && open && can(actor.role, 'work-item:write') ? (
              <Link href={`/work-items/new?sprintId=${sprint.id}`} className={buttonClass('secondary')}>
                Add work item
              </Link>
            ) : null}
            {canWrite && open ? (
              <Link href={`/sprints/${sprint.id}/edit`} className={buttonClass('secondary')}>
                Edit sprint
              </Link>
            ) : null}
            {canWrite && open ? (
              <Link href={`/sprints/${sprint.id}/close`} className={buttonClass('primary')}>
                Close sprint
              </Link>
            ) : null}
            {exportPlan ? (
              <a href={`/api/export/plans?sprintId=${sprint.id}&format=csv`} className={buttonClass('ghost')}>
                Export plan (CSV)
              </a>
            ) : null}
            {exportPlan ? (
              <a href={`/api/export/plans?sprintId=${sprint.id}&format=json`} className={buttonClass('ghost')}>
                Export plan (JSON)
              </a>
            ) : null}
          </>
        }
      />
      {open ? null : <ClosedSprintSummary items={sprint.workItems} moved={moved} />}
      {sprint.workItems.length === 0 ? (
        <EmptyState title="No work items in this sprint">
          Add items here, move them from the backlog on the Work items page, or import a CSV into this sprint.
        </EmptyState>
      ) : (
        <Table
          caption={`Work items in ${sprint.name}`}
          columns={[
            'Title',
            'Type',
            'Mode override',
            'Priority',
            'Status',
            ...(open ? [] : ['Delivery']),
            { label: 'Hours', numeric: true },
          ]}
        >
          {sprint.workItems.map((item) => (
            <tr key={item.id} className="border-b border-slate-100 dark:border-slate-800">
              <td className="py-2 pr-4">
                {can(actor.role, 'work-item:read') ? (
                  <Link href={`/work-items/${item.id}`} className="text-blue-700 underline dark:text-blue-300">
                    {item.title}
                  </Link>
                ) : (
                  item.title
                )}
                {item.externalKey ? <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{item.externalKey}</span> : null}
              </td>
              <td className="py-2 pr-4">{WORK_TYPE_LABELS[item.type]}</td>
              <td className="py-2 pr-4">{item.modeOverride ? MODE_LABELS[item.modeOverride] : '—'}</td>
              <td className="py-2 pr-4">{PRIORITY_LABELS[item.priority]}</td>
              <td className="py-2 pr-4">{ITEM_STATUS_LABELS[item.status]}</td>
              {open ? null : <td className="py-2 pr-4">{item.outcome ? CLOSE_DELIVERY_LABELS[item.outcome.delivery] : 'No outcome'}</td>}
              <td className="py-2 pr-4 text-right">{formatHours(item.hours)}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  )
}
