import type { Metadata } from 'next'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { SelectField } from '@/components/ui/field'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { listTeamOptions } from '@/lib/db/accounts/teams'
import { listMemberProfiles } from '@/lib/db/survey/profiles'
import { readOr404 } from '@/lib/server/read-or-404'
import { SURVEY_STATUSES, SURVEY_STATUS_LABELS } from '@/lib/survey/status'
import { TeamTable } from './_components/team-table'

export const metadata: Metadata = { title: 'Team' }

export default async function TeamPage({ searchParams }: { searchParams: Promise<{ team?: string }> }) {
  const actor = await requirePageActor('profile:read')
  const teamId = (await searchParams).team || undefined
  // Who has answered is 'survey:status' (managers, admins); a lead sees the profiles only.
  const withSurvey = can(actor.role, 'survey:status')
  const [teams, members] = await Promise.all([
    listTeamOptions(actor.orgId),
    readOr404(() => listMemberProfiles(actor.orgId, actor.role, { teamId })),
  ])
  const counts = SURVEY_STATUSES.map(
    (status) => `${members.filter((m) => m.survey?.status === status).length} ${SURVEY_STATUS_LABELS[status].toLowerCase()}`,
  )
  return (
    <>
      <PageHeader
        title="Team"
        description="How each person likes to work, as they told the survey: computed profiles, preferences and capacity. Individual answers stay private to each engineer."
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="w-56">
          <SelectField label="Team" name="team" defaultValue={teamId ?? ''}>
            <option value="">All teams</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
        </div>
        <button
          type="submit"
          className="rounded-md border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Show
        </button>
      </form>
      {members.length === 0 ? (
        <EmptyState title="No one here yet">Add people to a team and they will appear here.</EmptyState>
      ) : (
        <>
          {withSurvey ? (
            <p className="mb-2 text-sm text-slate-600 dark:text-slate-300">
              Survey: {counts.join(', ')}. Profiles older than 90 days count as out of date.
            </p>
          ) : null}
          <TeamTable members={members} withSurvey={withSurvey} />
        </>
      )}
    </>
  )
}
