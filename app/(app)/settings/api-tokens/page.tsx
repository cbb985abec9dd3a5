import type { Metadata } from 'next'
import Link from 'next/link'
import { UNKNOWN_ADDRESS } from '@/lib/accounts/client-address'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { API_TOKEN_SCOPE_LABELS, API_TOKEN_STATUS_LABELS, apiTokenStatus, grantableApiTokenScopes } from '@/lib/core/api-scopes'
import { formatDate, formatDateTime } from '@/lib/core/format'
import { listAuditEvents } from '@/lib/db/accounts/audit'
import { listApiTokens } from '@/lib/db/api/tokens'
import { SettingsNav } from '../_components/settings-nav'
import { CreateTokenForm, RevokeTokenButton } from './token-forms'

export const metadata: Metadata = { title: 'API tokens' }

const STATUS_CLASS = {
  active: 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100',
  expired: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  revoked: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
} as const

const DAY_MS = 86_400_000

export default async function ApiTokensPage() {
  const actor = await requirePageActor('org:manage')
  const [tokens, { events }] = await Promise.all([listApiTokens(actor.orgId), listAuditEvents(actor.orgId, { action: 'api-token' })])
  const now = new Date()
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Tokens let scripts and other tools use the Plural API on behalf of this organisation. Send one as{' '}
            <code>Authorization: Bearer plr_…</code>. See the <Link href="/settings/api-reference">API reference</Link>.
          </>
        }
      />
      <SettingsNav role={actor.role} current="/settings/api-tokens" />
      <div className="max-w-5xl space-y-6">
        {tokens.length === 0 ? (
          <EmptyState title="No API tokens yet">Create one below; its secret is shown once, right after.</EmptyState>
        ) : (
          <Table
            caption="API tokens of this organisation, newest first"
            columns={['Name', 'Token', 'Scope', 'Created', 'Expires', 'Last used', 'Status', { label: 'Actions', hidden: true }]}
          >
            {tokens.map((token) => {
              const status = apiTokenStatus(token, now)
              return (
                <tr key={token.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <th scope="row" className="py-2 pr-4 text-left font-medium">
                    {token.name}
                  </th>
                  <td className="py-2 pr-4 font-mono text-xs">{token.prefix}…</td>
                  <td className="py-2 pr-4">{API_TOKEN_SCOPE_LABELS[token.scope]}</td>
                  <td className="py-2 pr-4">
                    {formatDate(token.createdAt)}
                    <br />
                    <span className="text-xs">by {token.createdBy}</span>
                  </td>
                  <td className="py-2 pr-4">{token.expiresAt ? formatDate(token.expiresAt) : 'Never'}</td>
                  <td className="py-2 pr-4">
                    {token.lastUsedAt ? (
                      <>
                        {formatDateTime(token.lastUsedAt)}
                        {token.lastUsedIp ? (
                          <span className="block text-xs">
                            from {token.lastUsedIp === UNKNOWN_ADDRESS ? 'an address no trusted proxy vouched for' : token.lastUsedIp}
                          </span>
                        ) : null}
                      </>
                    ) : (
                      'Never used'
                    )}
                  </td>
                  <td className="py-2 pr-4">
                    <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_CLASS[status]}`}>
                      {API_TOKEN_STATUS_LABELS[status]}
                      {status === 'revoked' && token.revokedAt ? ` ${formatDate(token.revokedAt)}` : ''}
                    </span>
                  </td>
                  <td className="py-2 pr-4">{status === 'revoked' ? null : <RevokeTokenButton token={token} />}</td>
                </tr>
              )
            })}
          </Table>
        )}
        <Card title="Create a token">
          <CreateTokenForm
            scopes={grantableApiTokenScopes(actor.role)}
            tomorrow={new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10)}
          />
        </Card>
        <Card title="Recent token events">
          {events.length === 0 ? (
            <p className="text-sm">No token has been created, revoked or refused yet.</p>
          ) : (
            <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
              {events.slice(0, 10).map((e) => (
                <li key={e.id} className="py-1">
                  <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time> ·{' '}
                  <span className="font-mono text-xs">{e.action}</span>
                  {e.actorId ? ` by ${e.actorName ?? 'a former member'}` : ''}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-sm">
            <Link href="/settings/audit?action=api-token">All token events in the audit log</Link>
          </p>
        </Card>
      </div>
    </>
  )
}
