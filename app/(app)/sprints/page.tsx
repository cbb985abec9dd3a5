import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { listSprints } from '@/lib/db/sprints/sprints'
import { formatDateRange, SPRINT_STATUS_LABELS } from '@/lib/core/format'

export const metadata: Metadata = { title: 'Sprints' }

export default async function SprintsPage() {
  const actor = await requirePageActor('sprint:read')
  const sprints = await listSprints(actor.orgId)
  return (
    <>
      <PageHeader
        title="Sprints"
        description="Every team's sprints, newest first. A team has at most one active sprint."
        actions={
          can(actor.role, 'sprint:write') ? (
            <Link href="/sprints/new" className={buttonClass('primary')}>
              New sprint
            </Link>
          ) : null
        }
      />
      {sprints.length === 0 ? (
        <EmptyState title="No sprints yet">Create a team&apos;s first sprint to start planning.</EmptyState>
      ) : (
        <Table caption="Sprints" columns={['Sprint', 'Team', 'Dates', 'Status', { label: 'Items', numeric: true }]}>
          {sprints.map((s) => (
            <tr key={s.id} className="border-b border-slate-100 dark:border-slate-800">
              <td className="py-2 pr-4">
                <Link href={`/sprints/${s.id}`} className="font-medium text-blue-700 underline dark:text-blue-300">
                  {s.name}
                </Link>
              </td>
              <td className="py-2 pr-4">{s.team.name}</td>
              <td className="py-2 pr-4">{formatDateRange(s.startDate, s.endDate)}</td>
              <td className="py-2 pr-4">{SPRINT_STATUS_LABELS[s.status]}</td>
              <td className="py-2 pr-4 text-right">{s._count.workItems}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  )
}
