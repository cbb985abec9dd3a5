import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Alert } from '@/components/ui/alert'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getSprintWithItems } from '@/lib/db/sprints/sprints'
import { updateSprintAction } from '../../actions'
import { SprintForm } from '../../_components/sprint-form'

export const metadata: Metadata = { title: 'Edit sprint' }

const iso = (d: Date) => d.toISOString().slice(0, 10)

export default async function EditSprintPage({ params }: { params: Promise<{ sprintId: string }> }) {
  const actor = await requirePageActor('sprint:write')
  const sprint = await getSprintWithItems(actor.orgId, (await params).sprintId)
  if (!sprint) notFound()
  return (
    <>
      <PageHeader title={`Edit ${sprint.name}`} description={`Team ${sprint.team.name}`} />
      {sprint.status === 'CLOSED' ? (
        <Alert tone="info">This sprint is closed; its dates, items and outcomes are kept as history.</Alert>
      ) : (
        <SprintForm
          action={updateSprintAction}
          submitLabel="Save sprint"
          initial={{
            id: sprint.id,
            name: sprint.name,
            startDate: iso(sprint.startDate),
            endDate: iso(sprint.endDate),
            status: sprint.status,
          }}
        />
      )}
    </>
  )
}
