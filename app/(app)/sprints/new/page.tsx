import type { Metadata } from 'next'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { listTeamOptions } from '@/lib/db/accounts/teams'
import { createSprintAction } from '../actions'
import { SprintForm } from '../_components/sprint-form'

export const metadata: Metadata = { title: 'New sprint' }

const iso = (d: Date) => d.toISOString().slice(0, 10)

export default async function NewSprintPage() {
  const actor = await requirePageActor('sprint:write')
  const teams = await listTeamOptions(actor.orgId)
  const start = new Date()
  const end = new Date(start.getTime() + 13 * 86_400_000)
  return (
    <>
      <PageHeader title="New sprint" />
      {teams.length === 0 ? (
        <EmptyState title="No teams yet">Sprints belong to a team; create a team in Settings first.</EmptyState>
      ) : (
        <SprintForm
          action={createSprintAction}
          teams={teams}
          submitLabel="Create sprint"
          initial={{
            teamId: teams.length === 1 ? teams[0].id : '',
            name: '',
            startDate: iso(start),
            endDate: iso(end),
            status: 'PLANNING',
          }}
        />
      )}
    </>
  )
}
