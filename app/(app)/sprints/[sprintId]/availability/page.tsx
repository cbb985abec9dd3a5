import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { listAvailability } from '@/lib/db/sprints/availability'
import { formatHours } from '@/lib/core/format'
import { DaysOff } from './days-off'
import { TeamHoursTable } from './team-hours-table'

export const metadata: Metadata = { title: 'Availability' }

export default async function AvailabilityPage({ params }: { params: Promise<{ sprintId: string }> }) {
  const actor = await requirePageActor('sprint:read')
  // Reasons for days off and overrides are for the people who manage availability, not for leads.
  const manages = can(actor.role, 'sprint:write')
  const data = await listAvailability(actor.orgId, (await params).sprintId, { withReasons: manages })
  if (!data) notFound()
  const editable = manages && data.sprint.status !== 'CLOSED'
  return (
    <>
      <PageHeader
        title={`Availability · ${data.sprint.name}`}
        description={`Capacity of each ${data.sprint.teamName} engineer from ${data.sprint.startDate} to ${data.sprint.endDate}: ${formatHours(data.totalHours)} in total. It is derived from the organisation's working days and holidays, each engineer's hours per day and days off; an override replaces it with a stated reason.`}
      />
      <section aria-labelledby="holidays-heading" className="mb-4 text-sm">
        <h2 id="holidays-heading" className="font-medium">
          Holidays in this sprint
        </h2>
        {data.holidays.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">None.</p>
        ) : (
          <ul>
            {data.holidays.map((h) => (
              <li key={h.date}>
                {h.date} · {h.name}
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.rows.length === 0 ? (
        <EmptyState title="No engineers on this team">Add engineers to the {data.sprint.teamName} team to plan their time.</EmptyState>
      ) : (
        <>
          <section aria-labelledby="hours-heading" className="mb-6">
            <h2 id="hours-heading" className="mb-2 font-medium">
              Hours and overrides
            </h2>
            <TeamHoursTable sprintId={data.sprint.id} rows={data.rows} editable={editable} />
          </section>
          <section aria-labelledby="days-off-heading" className="space-y-4">
            <h2 id="days-off-heading" className="font-medium">
              Days off
            </h2>
            {editable ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Days off are date ranges, added and removed per person below. Each one is saved as soon as you add or remove it; it does not
                wait for the table’s Save.
              </p>
            ) : null}
            {data.rows.map((row) => (
              <DaysOff key={row.membershipId} sprint={data.sprint} row={row} editable={editable} />
            ))}
          </section>
        </>
      )}
      <p className="mt-4 text-sm">
        <Link href={`/sprints/${data.sprint.id}`} className="text-blue-700 underline dark:text-blue-300">
          ← Back to the sprint
        </Link>
      </p>
    </>
  )
}
