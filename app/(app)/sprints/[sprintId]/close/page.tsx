import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Alert } from '@/components/ui/alert'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getSprintForClosing } from '@/lib/db/sprints/outcomes'
import { CloseSprintForm } from './close-sprint-form'

export const metadata: Metadata = { title: 'Close sprint' }

export default async function CloseSprintPage({ params }: { params: Promise<{ sprintId: string }> }) {
  const actor = await requirePageActor('sprint:write')
  const data = await getSprintForClosing(actor.orgId, (await params).sprintId)
  if (!data) notFound()
  const { sprint, nextSprints } = data
  return (
    <>
      <PageHeader
        title={`Close ${sprint.name}`}
        description="Say how each item went: delivered items (on time or late) stay in this sprint as Done and the dashboards learn from their outcomes; items not delivered move to a sprint you choose or the backlog. Everything is saved together."
      />
      {sprint.status === 'CLOSED' ? (
        <Alert tone="info">This sprint is already closed.</Alert>
      ) : (
        <CloseSprintForm sprintId={sprint.id} sprintName={sprint.name} items={sprint.workItems} nextSprints={nextSprints} />
      )}
    </>
  )
}
