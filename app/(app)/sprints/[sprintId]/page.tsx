import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getSprintWithItems } from '@/lib/db/sprints'
import { formatDateRange, formatHours, ITEM_STATUS_LABELS, PRIORITY_LABELS, SPRINT_STATUS_LABELS } from '@/lib/format'
import { MODE_LABELS, WORK_TYPE_LABELS } from '@/lib/work-items/work-types'

export const metadata: Metadata = { title: 'Sprint' }

export default async function SprintPage({ params }: { params: Promise<{ sprintId: string }> }) {
  const actor = await requirePageActor('sprint:read')
  const sprint = await getSprintWithItems(actor.orgId, (await params).sprintId)
  if (!sprint) notFound()
  const totalHours = sprint.workItems.reduce((sum, i) => sum + i.hours, 0)
  return (
    <>
      <PageHeader
        title={sprint.name}
        description={`${sprint.team.name} · ${formatDateRange(sprint.startDate, sprint.endDate)} · ${SPRINT_STATUS_LABELS[sprint.status]} · ${sprint.workItems.length} items, ${formatHours(totalHours)}`}
      />
      {sprint.workItems.length === 0 ? (
        <EmptyState title="No work items in this sprint">Add items from the backlog or create new ones.</EmptyState>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Work items in {sprint.name}</caption>
          <thead className="border-b border-slate-200 dark:border-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-4">Title</th>
              <th scope="col" className="py-2 pr-4">Type</th>
              <th scope="col" className="py-2 pr-4">Mode override</th>
              <th scope="col" className="py-2 pr-4">Priority</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2 pr-4 text-right">Hours</th>
            </tr>
          </thead>
          <tbody>
            {sprint.workItems.map((item) => (
              <tr key={item.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-2 pr-4">{item.title}</td>
                <td className="py-2 pr-4">{WORK_TYPE_LABELS[item.type]}</td>
                <td className="py-2 pr-4">{item.modeOverride ? MODE_LABELS[item.modeOverride] : '—'}</td>
                <td className="py-2 pr-4">{PRIORITY_LABELS[item.priority]}</td>
                <td className="py-2 pr-4">{ITEM_STATUS_LABELS[item.status]}</td>
                <td className="py-2 pr-4 text-right">{formatHours(item.hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
