import type { Metadata } from 'next'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { listUnreadNotifications } from '@/lib/db/accounts/notifications'
import { listPendingPulses } from '@/lib/db/survey/pulse'
import { formatDate } from '@/lib/core/format'
import { NotificationList } from '@/components/survey/notification-list'
import { markNotificationReadAction } from '../survey/actions'
import { PulseForm } from './_components/pulse-form'

export const metadata: Metadata = { title: 'Sprint pulse' }

export default async function PulsePage() {
  const actor = await requirePageActor('self:use')
  const [pulses, notifications] = await Promise.all([
    listPendingPulses(actor.orgId, actor.membershipId),
    listUnreadNotifications(actor.orgId, actor.membershipId),
  ])
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Sprint pulse"
        description="Three quick questions at the end of each sprint, under a minute. Dashboards only ever show averages of groups large enough that no one’s answer can be picked out, and your comment is for you alone."
      />
      <NotificationList notifications={notifications} markRead={markNotificationReadAction} />
      {pulses.length === 0 ? (
        <EmptyState title="You are all caught up">When a sprint of your team ends, its pulse will be waiting here.</EmptyState>
      ) : (
        <div className="space-y-6">
          {pulses.map((pulse) => (
            <Card key={pulse.sprintId} title={`${pulse.sprintName} (${pulse.teamName}, ended ${formatDate(pulse.endDate)})`}>
              <PulseForm sprintId={pulse.sprintId} sprintName={pulse.sprintName} />
            </Card>
          ))}
        </div>
      )}
    </div>
  )
}
