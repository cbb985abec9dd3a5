import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getWorkItem, listWorkItemChoices } from '@/lib/db/work-items/reads'
import { updateWorkItemAction } from '../../actions'
import { formChoices } from '../../_components/form-choices'
import { WorkItemForm } from '../../_components/work-item-form'

export const metadata: Metadata = { title: 'Edit work item' }

export default async function EditWorkItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const actor = await requirePageActor('work-item:write')
  const [item, choices] = await Promise.all([getWorkItem(actor.orgId, (await params).itemId), listWorkItemChoices(actor.orgId)])
  if (!item) notFound()
  return (
    <>
      <PageHeader title={`Edit: ${item.title}`} />
      <WorkItemForm
        action={updateWorkItemAction}
        choices={formChoices(choices, item.sprintId)}
        submitLabel="Save changes"
        initial={{
          id: item.id,
          title: item.title,
          description: item.description,
          type: item.type,
          hours: item.hours,
          priority: item.priority,
          modeOverride: item.modeOverride ?? '',
          pinnedTo: item.pinnedTo ? { value: item.pinnedTo.id, label: item.pinnedTo.name } : null,
          status: item.status,
          teamId: item.teamId ?? '',
          sprintId: item.sprintId ?? '',
          labels: item.labels.join(', '),
          externalKey: item.externalKey ?? '',
        }}
      />
    </>
  )
}
