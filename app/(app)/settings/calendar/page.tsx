import type { Metadata } from 'next'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getOrgCalendar } from '@/lib/db/sprints/calendar'
import { SettingsNav } from '../_components/settings-nav'
import { AddHolidayForm, RemoveHolidayButton, WorkingDaysForm } from './calendar-forms'

export const metadata: Metadata = { title: 'Calendar settings' }

export default async function CalendarSettingsPage() {
  const actor = await requirePageActor('org:manage')
  const calendar = await getOrgCalendar(actor.orgId)
  return (
    <>
      <PageHeader
        title="Calendar"
        description="The days people work and the public holidays. Every engineer’s capacity in a sprint is counted on these days."
      />
      <SettingsNav role={actor.role} current="/settings/calendar" />
      <div className="max-w-3xl space-y-6">
        <Card title="Working days">
          <WorkingDaysForm workingDays={calendar.workingDays} />
        </Card>
        <Card title="Public holidays">
          {calendar.holidays.length === 0 ? (
            <EmptyState title="No holidays yet">Add the organisation’s public holidays; nobody is planned on them.</EmptyState>
          ) : (
            <ul className="mb-4 divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label="Public holidays">
              {calendar.holidays.map((h) => (
                <li key={h.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <time dateTime={h.date}>{h.date}</time> · {h.name}
                  </span>
                  <RemoveHolidayButton holiday={h} />
                </li>
              ))}
            </ul>
          )}
          <AddHolidayForm />
        </Card>
      </div>
    </>
  )
}
