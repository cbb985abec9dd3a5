import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { listUnreadNotifications } from '@/lib/db/accounts/notifications'
import { listPendingPulses } from '@/lib/db/survey/pulse'
import { NotificationList } from '@/components/survey/notification-list'
import { markNotificationReadAction } from '../survey/actions'
import { PulseList } from './_components/pulse-list'

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
      <PulseList pulses={pulses} />
    </div>
  )
}
