import type { Metadata } from 'next'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { publicOrigin } from '@/lib/auth/request'
import { formatDate } from '@/lib/core/format'
import { listScimTokens } from '@/lib/db/accounts/scim-tokens'
import { SettingsNav } from '../_components/settings-nav'
import { CopyField } from '@/components/ui/copy-field'
import { CreateScimTokenForm, RevokeScimTokenButton } from './scim-token-forms'

export const metadata: Metadata = { title: 'Provisioning (SCIM)' }

const when = (date: Date | null) => (date ? <time dateTime={date.toISOString()}>{formatDate(date)}</time> : 'Never')

export default async function ProvisioningSettingsPage() {
  const actor = await requirePageActor('org:manage')
  const [tokens, origin] = await Promise.all([listScimTokens(actor.orgId), publicOrigin()])
  return (
    <>
      <PageHeader
        title="Provisioning (SCIM)"
        description="Let your identity provider (Okta, Microsoft Entra ID, Google Workspace) add people, keep their names up to date, switch them off and manage teams. Someone switched off loses access and every session at once; their plans and outcomes keep their name."
      />
      <SettingsNav role={actor.role} current="/settings/provisioning" />
      <div className="max-w-4xl space-y-6">
        <Card title="Connection">
          <CopyField
            label="SCIM base URL"
            value={`${origin}/scim/v2`}
            hint="Paste this and a token below into your identity provider’s SCIM settings."
          />
        </Card>
        <Card title="New token">
          <CreateScimTokenForm />
        </Card>
        {tokens.length === 0 ? (
          <EmptyState title="No SCIM tokens yet">Create one above; your identity provider sends it with every request.</EmptyState>
        ) : (
          <Table
            caption="SCIM tokens"
            columns={['Name', 'Token starts with', 'Created', 'Last used', 'Status', { label: 'Revoke', hidden: true }]}
          >
            {tokens.map((t) => (
              <tr key={t.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                <td className="py-2 pr-4 font-medium">{t.name}</td>
                <td className="py-2 pr-4 font-mono text-xs">{t.prefix}</td>
                <td className="py-2 pr-4">{when(t.createdAt)}</td>
                <td className="py-2 pr-4">
                  {when(t.lastUsedAt)}
                  {t.lastUsedIp ? <div className="text-xs text-slate-600 dark:text-slate-400">from {t.lastUsedIp}</div> : null}
                </td>
                <td className="py-2 pr-4">{t.revokedAt ? <>Revoked {when(t.revokedAt)}</> : 'Active'}</td>
                <td className="py-2 pr-4">{t.revokedAt ? null : <RevokeScimTokenButton id={t.id} name={t.name} />}</td>
              </tr>
            ))}
          </Table>
        )}
      </div>
    </>
  )
}
