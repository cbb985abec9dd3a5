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
        description="Record how each item went (the dashboards learn from these outcomes), then choose where unfinished items go. Everything is saved together."
      />
      {sprint.status === 'CLOSED' ? (
        <Alert tone="info">This sprint is already closed.</Alert>
      ) : (
        <CloseSprintForm sprintId={sprint.id} items={sprint.workItems} nextSprints={nextSprints} />
      )}
    </>
  )
}
