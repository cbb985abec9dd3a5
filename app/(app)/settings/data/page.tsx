import type { Metadata } from 'next'
import { buttonClass } from '@/components/ui/button'
import { Card, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { DeleteOrganizationForm } from './delete-organization-form'

export const metadata: Metadata = { title: 'Organisation data' }

export default async function OrganizationDataPage() {
  const actor = await requirePageActor('org:own')
  return (
    <>
      <PageHeader
        title="Organisation data"
        description={`Your data belongs to you. Export everything ${actor.orgName} holds in Plural, or delete the organisation.`}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Export everything">
          <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
            One JSON file with members, teams, computed profiles, sprints, work items, plans, outcomes and the audit log. Password hashes
            and invitation tokens are never included, and neither are survey or pulse answers: they belong to each member, who exports their
            own from their survey result.
          </p>
          <a href="/api/organization/export" className={buttonClass('secondary')} download>
            Download JSON export
          </a>
        </Card>
        <Card title="Delete this organisation">
          <DeleteOrganizationForm orgName={actor.orgName} />
        </Card>
      </div>
    </>
  )
}
