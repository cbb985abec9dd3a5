import type { Metadata } from 'next'
import { Card, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { ROLE_LABELS } from '@/lib/core/permissions'
import { getEmailPreferences } from '@/lib/db/accounts/email-preferences'
import { getTimeZone } from '@/lib/db/accounts/time-zone'
import { getUserProfile } from '@/lib/db/accounts/users'
import { getCalendarFeedStatus } from '@/lib/db/planner/calendar-feed'
import { formatDate } from '@/lib/core/format'
import { leaveOrganizationAction, signOutEverywhereAction } from './actions'
import { EmailPreferencesForm, NameForm, PasswordForm } from './_components/account-forms'
import { ActionButton } from './_components/action-button'
import { CalendarFeedPanel, TimeZoneForm } from './_components/calendar-feed-forms'
import { SettingsNav } from './_components/settings-nav'

export const metadata: Metadata = { title: 'Settings' }

export default async function SettingsPage() {
  const actor = await requirePageActor('self:use')
  const [profile, email, timeZone, feed] = await Promise.all([
    getUserProfile(actor.userId),
    getEmailPreferences(actor.userId),
    getTimeZone(actor.userId),
    getCalendarFeedStatus(actor.orgId, actor.membershipId),
  ])
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${actor.email} · ${ROLE_LABELS[actor.role]} in ${actor.orgName}`} />
      <SettingsNav role={actor.role} current="/settings" />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Your name">
          <NameForm name={actor.name} />
        </Card>
        <Card title="Password">
          {profile?.hasPassword ? (
            <PasswordForm />
          ) : (
            <p className="text-sm">You sign in with {profile?.providers.join(', ') || 'a provider'}; there is no password to change.</p>
          )}
        </Card>
        <Card title="E-mail">
          <EmailPreferencesForm reminderEmails={email.reminderEmails} />
        </Card>
        <Card title="Calendar subscription">
          <CalendarFeedPanel activeSince={feed ? formatDate(feed.createdAt) : null} />
        </Card>
        <Card title="Time zone">
          <TimeZoneForm timeZone={timeZone} zones={Intl.supportedValuesOf('timeZone')} />
        </Card>
        <Card title="Sessions">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
            Signs you out on every device and browser, including this one. Use it if you signed in on a shared computer or think someone
            else has access.
          </p>
          <ActionButton
            action={signOutEverywhereAction}
            label="Sign out everywhere"
            variant="danger"
            confirm="Sign out on every device, including this one?"
          />
        </Card>
        <Card title={`Leave ${actor.orgName}`}>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
            You lose access to this organisation and your survey answers in it are deleted. The last owner cannot leave.
          </p>
          <ActionButton
            action={leaveOrganizationAction}
            label="Leave organisation"
            variant="danger"
            confirm={`Leave ${actor.orgName}? This cannot be undone.`}
          />
        </Card>
      </div>
    </>
  )
}
