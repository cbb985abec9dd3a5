import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { listUnreadNotifications } from '@/lib/db/accounts/notifications'
import { getOwnProfile } from '@/lib/db/survey/profiles'
import { listPendingPulses } from '@/lib/db/survey/pulse'
import { getLastSubmittedAnswers, getSurveyDraft } from '@/lib/db/survey/responses'
import { formatDate } from '@/lib/core/format'
import { PROFILE_TEXT } from '@/lib/survey/profile-text'
import { NotificationList } from '@/components/survey/notification-list'
import { markNotificationReadAction } from './actions'
import { PendingPulses } from './_components/pending-pulses'
import { SurveyForm } from './_components/survey-form'

export const metadata: Metadata = { title: 'Working-style survey' }

export default async function SurveyPage() {
  const actor = await requirePageActor('self:use')
  const [draft, profile, notifications, pulses] = await Promise.all([
    getSurveyDraft(actor.orgId, actor.membershipId),
    getOwnProfile(actor.orgId, actor.membershipId),
    listUnreadNotifications(actor.orgId, actor.membershipId),
    listPendingPulses(actor.orgId, actor.membershipId),
  ])
  // A retake starts from the previous answers, so only what changed needs a click.
  const previous = draft || !profile ? null : await getLastSubmittedAnswers(actor.orgId, actor.membershipId)
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title="How do you like to work?"
        description="Twenty-one statements, your feelings about twelve kinds of work, and a little about your time: about five minutes. There are no right answers; this helps plan sprints that suit you."
      />
      <NotificationList notifications={notifications} markRead={markNotificationReadAction} />
      <PendingPulses pulses={pulses} />
      {profile ? (
        <p className="mb-6 text-sm">
          Your current profile is <strong>{PROFILE_TEXT[profile.primaryType].title}</strong>
          {profile.surveyedAt ? ` (from ${formatDate(profile.surveyedAt)})` : ''}.{' '}
          <Link href="/survey/result" className="font-medium text-blue-700 underline dark:text-blue-300">
            See your result and history
          </Link>
          . Answering again replaces it with your new result.
        </p>
      ) : null}
      {draft ? (
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          Welcome back: we kept the answers you gave so far and opened the survey where you left off.
        </p>
      ) : previous ? (
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          Your previous answers are filled in: change what is different now and send it again.
        </p>
      ) : null}
      <SurveyForm startFrom={draft ?? previous} resume={draft !== null} />
    </div>
  )
}
