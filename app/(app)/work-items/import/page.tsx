import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getImportDefaults } from '@/lib/db/work-items/imports'
import { listWorkItemChoices } from '@/lib/db/work-items/reads'
import { ImportWizard } from './_components/import-wizard'

export const metadata: Metadata = { title: 'Import work items' }

export default async function ImportPage() {
  const actor = await requirePageActor('work-item:write')
  const [choices, defaults] = await Promise.all([listWorkItemChoices(actor.orgId), getImportDefaults(actor.orgId)])
  const sprints = choices.sprints.filter((s) => s.status !== 'CLOSED').map((s) => ({ id: s.id, name: s.name }))
  return (
    <>
      <PageHeader
        title="Import work items"
        description="Upload a CSV export from Jira or Linear, or a simple file with the columns title, type, estimate, priority, labels, key. You check the column mapping and every row before anything is saved; the import saves all rows or none, and importing the same file again updates items by their key."
      />
      <ImportWizard sprints={sprints} storyPointHours={defaults.storyPointHours} />
    </>
  )
}
