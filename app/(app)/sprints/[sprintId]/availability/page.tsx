import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { listAvailability } from '@/lib/db/sprints/availability'
import { formatHours } from '@/lib/core/format'
import { AvailabilityRow } from './availability-row'

export const metadata: Metadata = { title: 'Availability' }

export default async function AvailabilityPage({ params }: { params: Promise<{ sprintId: string }> }) {
  const actor = await requirePageActor('sprint:read')
  const data = await listAvailability(actor.orgId, (await params).sprintId)
  if (!data) notFound()
  const editable = can(actor.role, 'sprint:write') && data.sprint.status !== 'CLOSED'
  return (
    <>
      <PageHeader
        title={`Availability · ${data.sprint.name}`}
        description={`Hours each ${data.sprint.teamName} engineer has this sprint: ${formatHours(data.totalHours)} in total. Without an entry, the profile's capacity applies; lower it for time off or on-call and say why.`}
      />
      {data.rows.length === 0 ? (
        <EmptyState title="No engineers on this team">Add engineers to the {data.sprint.teamName} team to plan their time.</EmptyState>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Availability of {data.sprint.teamName} engineers in {data.sprint.name}
          </caption>
          <thead className="border-b border-slate-200 dark:border-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Engineer
              </th>
              <th scope="col" className="py-2 pr-4">
                Profile capacity
              </th>
              <th scope="col" className="py-2 pr-4" colSpan={editable ? 3 : 1}>
                {editable ? 'Hours this sprint and note' : 'Hours this sprint'}
              </th>
              {editable ? null : (
                <th scope="col" className="py-2 pr-4" colSpan={2}>
                  Note
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <AvailabilityRow key={row.membershipId} sprintId={data.sprint.id} row={row} editable={editable} />
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-4 text-sm">
        <Link href={`/sprints/${data.sprint.id}`} className="text-blue-700 underline dark:text-blue-300">
          ← Back to the sprint
        </Link>
      </p>
    </>
  )
}
