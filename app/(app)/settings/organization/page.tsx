import type { Metadata } from 'next'
import { Card, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getOrganizationSettings } from '@/lib/db/accounts/organizations'
import { formatDate } from '@/lib/core/format'
import { SettingsNav } from '../_components/settings-nav'
import { RenameOrganizationForm } from './_components/rename-form'

export const metadata: Metadata = { title: 'Organisation' }

export default async function OrganizationPage() {
  const actor = await requirePageActor('org:manage')
  const org = await getOrganizationSettings(actor.orgId)
  return (
    <>
      <PageHeader title="Organisation" description={`Created ${formatDate(org.createdAt)}.`} />
      <SettingsNav role={actor.role} current="/settings/organization" />
      <Card title="Name" className="max-w-lg">
        <RenameOrganizationForm name={org.name} />
      </Card>
    </>
  )
}
