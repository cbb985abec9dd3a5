import type { Metadata } from 'next'
import Link from 'next/link'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getMemberProfile } from '@/lib/db/survey/profiles'
import { formatDate, formatHours } from '@/lib/core/format'
import { readOr404 } from '@/lib/server/read-or-404'
import { ProfileSummary } from '@/components/survey/profile-summary'
import { preferencesSummary } from '../_components/preferences-text'
import { StatusBadge } from '../_components/status-badge'

export const metadata: Metadata = { title: 'Team member' }

/** A member's computed profile for planning. Deliberately no link to, or data from, their answers. */
export default async function TeamMemberPage({ params }: { params: Promise<{ membershipId: string }> }) {
  const actor = await requirePageActor('profile:read')
  const { membershipId } = await params
  const member = await readOr404(() => getMemberProfile(actor.orgId, actor.role, membershipId))
  const profile = member.profile
  const prefs = profile ? preferencesSummary(profile.preferences) : null
  return (
    <div className="space-y-6">
      <PageHeader
        title={member.name}
        description={
          <>
            {member.teams.map((t) => t.name).join(', ') || 'Not on a team'}
            {member.survey ? (
              <>
                {' '}
                · Survey: <StatusBadge status={member.survey.status} />
                {member.survey.answeredAt ? ` answered ${formatDate(member.survey.answeredAt)}` : ''}
              </>
            ) : null}
          </>
        }
        actions={
          <Link href="/team" className="text-sm text-blue-700 underline dark:text-blue-300">
            Back to the team
          </Link>
        }
      />
      {profile && prefs ? (
        <>
          <ProfileSummary
            affinity={profile.affinity}
            primaryType={profile.primaryType}
            preferredMode={profile.preferredMode}
            perspective="member"
            name={member.name}
          />
          <Card title="Preferences and time">
            <dl className="grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium">Enjoys</dt>
                <dd>{prefs.enjoys}</dd>
              </div>
              <div>
                <dt className="font-medium">Would rather avoid</dt>
                <dd>{prefs.avoids}</dd>
              </div>
              <div>
                <dt className="font-medium">Usual sprint capacity</dt>
                <dd>{formatHours(profile.capacityHours)}</dd>
              </div>
              <div>
                <dt className="font-medium">Preferred deep work per day</dt>
                <dd>{formatHours(profile.deepWorkHoursPerDay)}</dd>
              </div>
            </dl>
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">
              {profile.hasRawAnswers
                ? `This is computed from ${member.name}’s own answers, which stay private to them.`
                : 'Self-reported without details: the individual answers were deleted by their author; the profile is kept for planning.'}
            </p>
          </Card>
        </>
      ) : (
        <EmptyState title="No profile yet">{member.name} has not answered the working-style survey yet.</EmptyState>
      )}
    </div>
  )
}
