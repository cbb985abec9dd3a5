import type { Metadata } from 'next'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { listMembers } from '@/lib/db/accounts/memberships'
import { listTeamsWithMembers } from '@/lib/db/accounts/teams'
import { ActionButton } from '../_components/action-button'
import { SettingsNav } from '../_components/settings-nav'
import { deleteTeamAction, removeTeamMemberAction } from './actions'
import { AddMemberForm, CreateTeamForm, RenameTeamForm } from './_components/team-forms'

export const metadata: Metadata = { title: 'Teams' }

export default async function TeamsPage() {
  const actor = await requirePageActor('team:write')
  const [teams, members] = await Promise.all([listTeamsWithMembers(actor.orgId), listMembers(actor.orgId)])
  return (
    <>
      <PageHeader title="Teams" description="Sprints and plans belong to a team. A member can be on several teams." />
      <SettingsNav role={actor.role} current="/settings/teams" />
      <Card className="mb-6">
        <CreateTeamForm />
      </Card>
      {teams.length === 0 ? (
        <EmptyState title="No teams yet">Create the first team above.</EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {teams.map((team) => {
            const onTeam = new Set(team.members.map((m) => m.membershipId))
            return (
              <Card key={team.id} title={team.name}>
                <div className="space-y-4">
                  <RenameTeamForm teamId={team.id} name={team.name} />
                  <div>
                    <h3 className="mb-1 text-sm font-semibold">Members ({team.members.length})</h3>
                    {team.members.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">Nobody yet.</p> : null}
                    <ul className="space-y-1">
                      {team.members.map((m) => (
                        <li key={m.membershipId} className="flex items-center justify-between gap-2 text-sm">
                          <span>{m.name}</span>
                          <ActionButton
                            action={removeTeamMemberAction}
                            fields={{ teamId: team.id, membershipId: m.membershipId }}
                            label={`Remove ${m.name} from ${team.name}`}
                            variant="ghost"
                          />
                        </li>
                      ))}
                    </ul>
                  </div>
                  <AddMemberForm
                    teamId={team.id}
                    teamName={team.name}
                    candidates={members
                      .filter((m) => !onTeam.has(m.membershipId))
                      .map((m) => ({ membershipId: m.membershipId, name: m.name }))}
                  />
                  {team.sprintCount === 0 ? (
                    <ActionButton
                      action={deleteTeamAction}
                      fields={{ teamId: team.id }}
                      label={`Delete team ${team.name}`}
                      variant="danger"
                      confirm={`Delete team ${team.name}?`}
                    />
                  ) : (
                    <p className="text-xs text-slate-600 dark:text-slate-400">
                      Has {team.sprintCount} sprint{team.sprintCount === 1 ? '' : 's'}, so it cannot be deleted.
                    </p>
                  )}
                </div>
              </Card>
            )
          })}
        </div>
      )}
    </>
  )
}
