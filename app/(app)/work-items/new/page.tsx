import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { listWorkItemChoices } from '@/lib/db/work-items/reads'
import { createWorkItemAction } from '../actions'
import { formChoices } from '../_components/form-choices'
import { WorkItemForm } from '../_components/work-item-form'

export const metadata: Metadata = { title: 'New work item' }

export default async function NewWorkItemPage({ searchParams }: { searchParams: Promise<{ sprintId?: string }> }) {
  const actor = await requirePageActor('work-item:write')
  const choices = await listWorkItemChoices(actor.orgId)
  const { sprintId } = await searchParams
  // Only a sprint of this organisation can be preselected; anything else starts in the backlog.
  const sprint = choices.sprints.find((s) => s.id === sprintId && s.status !== 'CLOSED')
  return (
    <>
      <PageHeader title="New work item" description="Describe the work; Plural suggests its type from the words you use." />
      <WorkItemForm
        action={createWorkItemAction}
        choices={formChoices(choices)}
        submitLabel="Create work item"
        initial={{
          title: '',
          description: '',
          type: '',
          hours: '',
          priority: 2,
          modeOverride: '',
          pinnedTo: null,
          status: 'TODO',
          teamId: sprint?.teamId ?? '',
          sprintId: sprint?.id ?? '',
          labels: '',
          externalKey: '',
        }}
      />
    </>
  )
}
