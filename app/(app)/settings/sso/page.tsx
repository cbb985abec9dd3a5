import type { Metadata } from 'next'
import { Alert } from '@/components/ui/alert'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { verificationRecord } from '@/lib/accounts/sso'
import { requirePageActor } from '@/lib/auth/actor'
import { signInErrorMessage } from '@/lib/auth/sign-in-errors'
import { getSsoSettings } from '@/lib/db/accounts/sso'
import { ssoRedirectUri } from '@/lib/server/sso/flow'
import { SettingsNav } from '../_components/settings-nav'
import { AddDomainForm, ConnectionForm, RemoveConnectionButton, RemoveDomainButton, VerifyDomainButtons } from './sso-forms'

export const metadata: Metadata = { title: 'Single sign-on' }

const VERIFIED_BY: Record<string, string> = { dns: 'by DNS record', 'sign-in': 'by signing in' }

export default async function SsoSettingsPage({ searchParams }: { searchParams: Promise<{ verified?: string; error?: string }> }) {
  const actor = await requirePageActor('org:manage')
  const [{ connection, domains }, redirectUri, params] = await Promise.all([getSsoSettings(actor.orgId), ssoRedirectUri(), searchParams])
  // The callback sends an admin back here after verifying a domain by signing in at the IdP.
  const problem = signInErrorMessage(typeof params.error === 'string' ? params.error : undefined)
  const verified =
    typeof params.verified === 'string' && domains.some((d) => d.domain === params.verified && d.verifiedAt) ? params.verified : null
  return (
    <>
      <PageHeader
        title="Single sign-on"
        description="Let people sign in through your identity provider (Okta, Microsoft Entra ID, Google Workspace or any OpenID Connect provider)."
      />
      <SettingsNav role={actor.role} current="/settings/sso" />
      <div className="max-w-3xl space-y-6">
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {verified ? <Alert tone="success">{verified} is verified.</Alert> : null}
        <Card title="Connection">
          <div className="space-y-4">
            <p className="text-sm">
              Register Plural at your identity provider as a web application with this redirect URI, and the scopes{' '}
              <code>openid email profile</code>:
            </p>
            <p className="rounded-md bg-slate-100 px-3 py-2 font-mono text-sm break-all dark:bg-slate-800">{redirectUri}</p>
            <ConnectionForm connection={connection} />
            {connection ? <RemoveConnectionButton /> : null}
          </div>
        </Card>
        <Card title="E-mail domains">
          <div className="space-y-4">
            <p className="text-sm">
              People sign in through the provider with an e-mail of a verified domain. Verify a domain with a DNS TXT record, or by signing
              in at the provider yourself with an address of that domain. A domain can be verified by one organisation only.
            </p>
            {domains.length === 0 ? (
              <EmptyState title="No domains yet">Add the domain of your work e-mail addresses, then verify it.</EmptyState>
            ) : (
              <Table caption="E-mail domains" columns={['Domain', 'Status', { label: 'Actions', hidden: true }]}>
                {domains.map((d) => (
                  <tr key={d.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                    <td className="py-2 pr-4 font-medium">{d.domain}</td>
                    <td className="py-2 pr-4">
                      {d.verifiedAt ? (
                        <span>Verified {VERIFIED_BY[d.verifiedBy ?? ''] ?? ''}</span>
                      ) : (
                        <div className="space-y-1">
                          <span>Not verified. Publish this TXT record at {d.domain}:</span>
                          <code className="block font-mono text-xs break-all">{verificationRecord(d.verificationToken)}</code>
                        </div>
                      )}
                    </td>
                    <td className="space-y-2 py-2">
                      {d.verifiedAt ? null : <VerifyDomainButtons domainId={d.id} domain={d.domain} canSignIn={connection !== null} />}
                      <RemoveDomainButton domainId={d.id} domain={d.domain} />
                    </td>
                  </tr>
                ))}
              </Table>
            )}
            <AddDomainForm />
          </div>
        </Card>
      </div>
    </>
  )
}
