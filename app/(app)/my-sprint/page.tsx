import type { Metadata } from 'next'
import { ModeBadge } from '@/components/planner/mode-badge'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { NotificationList } from '@/components/survey/notification-list'
import { listUnreadNotifications } from '@/lib/db/accounts/notifications'
import { getChangesSinceSeen } from '@/lib/db/planner/plan-views'
import { getMySprint } from '@/lib/db/planner/visibility'
import { getMyAvailability } from '@/lib/db/sprints/availability'
import { describeCapacity } from '@/lib/planner/capacity'
import { formatDate, formatDateRange, formatHours, PRIORITY_LABELS } from '@/lib/core/format'
import { MODES } from '@/lib/matching'
import { deepWorkSentence, MODE_GUIDANCE } from '@/lib/planner/guidance'
import { WORK_TYPE_LABELS } from '@/lib/core/work-types'
import { markNotificationReadAction } from '../survey/actions'
import { markPlanSeenAction } from './actions'
import { ChangesPanel } from './_components/changes-panel'

export const metadata: Metadata = { title: 'My sprint' }

export default async function MySprintPage() {
  const actor = await requirePageActor('self:use')
  const [{ sprint, plan }, notifications] = await Promise.all([
    getMySprint(actor.orgId, actor.membershipId),
    listUnreadNotifications(actor.orgId, actor.membershipId),
  ])
  const notices = <NotificationList notifications={notifications} markRead={markNotificationReadAction} />
  if (!sprint) {
    return (
      <>
        <PageHeader title="My sprint" />
        {notices}
        <EmptyState title="No active sprint">You are not on a team with an active sprint right now.</EmptyState>
      </>
    )
  }
  const availability = await getMyAvailability(actor.orgId, actor.membershipId, sprint)
  const header = (
    <>
      <PageHeader
        title={`My sprint · ${sprint.name}`}
        description={`${sprint.team.name} · ${formatDateRange(sprint.startDate, sprint.endDate)}`}
      />
      {notices}
      <MyTime availability={availability} />
    </>
  )
  if (!plan) {
    return (
      <>
        {header}
        <EmptyState title="The plan is not published yet">
          Your manager is still planning this sprint; your items appear here once the plan is published.
        </EmptyState>
      </>
    )
  }
  const planned = plan.items.reduce((sum, i) => sum + i.hours, 0)
  // Read only: the first visit records nothing, and "Got it" is what moves the baseline on.
  const changes = await getChangesSinceSeen(actor.orgId, actor.membershipId, plan.id)
  return (
    <>
      {header}
      {changes ? <ChangesPanel changes={changes} gotIt={markPlanSeenAction} /> : null}
      <section
        aria-labelledby="balance-heading"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="balance-heading" className="font-semibold">
          Your balance
        </h2>
        <p className="mt-1">
          {plan.items.length} item(s), {formatHours(planned)} planned in version {plan.version}
          {plan.publishedAt ? `, published ${formatDate(plan.publishedAt)}` : ''}.
        </p>
        {plan.balance ? (
          <p className="mt-1" data-testid="deep-work">
            {deepWorkSentence(plan.balance.deepWorkShare, plan.balance.primaryType)}
          </p>
        ) : null}
        <p className="mt-2">
          <a href={`/api/plans/${plan.id}/focus`} className="font-medium text-blue-700 underline dark:text-blue-300" download>
            Download suggested focus blocks (.ics)
          </a>{' '}
          — blocks of two hours or more on working days for your craft and hybrid work.
        </p>
      </section>
      {plan.items.length === 0 ? (
        <EmptyState title="Nothing assigned to you">This plan gives you no items; ask your manager if that looks wrong.</EmptyState>
      ) : null}
      {MODES.map((mode) => {
        const items = plan.items.filter((i) => i.mode === mode)
        if (items.length === 0) return null
        const guide = MODE_GUIDANCE[mode]
        return (
          <section key={mode} aria-labelledby={`mode-${mode}`} className="mb-6">
            <h2 id={`mode-${mode}`} className="text-lg font-semibold">
              <ModeBadge mode={mode} /> · {guide.headline}
            </h2>
            <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">{guide.advice}</p>
            <ul className="space-y-2">
              {items.map((item) => (
                <li
                  key={item.itemId}
                  className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
                >
                  <p className="font-medium">{item.title}</p>
                  <p className="text-xs text-slate-700 dark:text-slate-300">
                    {WORK_TYPE_LABELS[item.type]} · {formatHours(item.hours)} · {PRIORITY_LABELS[item.priority]} priority
                  </p>
                  {item.reasons[0] ? <p className="mt-1 text-xs">Why you: {item.reasons[0]}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}

/** The engineer's capacity and days off in the sprint, from the dates their manager recorded. */
function MyTime({ availability }: { availability: Awaited<ReturnType<typeof getMyAvailability>> }) {
  const { capacity, daysOff, holidays } = availability
  return (
    <section
      aria-labelledby="my-time-heading"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="my-time-heading" className="font-semibold">
        Your time: {formatHours(capacity.hours)}
      </h2>
      <p className="mt-1" data-testid="my-capacity">
        {describeCapacity(capacity)}
      </p>
      <p className="mt-1">
        {daysOff.length === 0
          ? 'No days off in this sprint.'
          : `Days off: ${daysOff.map((d) => (d.start === d.end ? d.start : `${d.start} to ${d.end}`)).join(', ')}.`}
        {holidays.length > 0 ? ` Holidays: ${holidays.map((h) => `${h.date} (${h.name})`).join(', ')}.` : ''}
      </p>
    </section>
  )
}
