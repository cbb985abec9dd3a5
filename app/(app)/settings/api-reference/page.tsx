import type { Metadata } from 'next'
import Link from 'next/link'
import { Card, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { API_TOKEN_SCOPE_HINTS, API_TOKEN_SCOPE_LABELS, API_TOKEN_SCOPES } from '@/lib/core/api-scopes'
import { env } from '@/lib/env'
import { API_OPERATIONS } from '@/lib/schemas/api/operations'
import { problemAnchor, PROBLEMS, type ProblemCode } from '@/lib/schemas/api/problem'
import type { JsonSchema } from '@/lib/schemas/api/reference'
import { createApiDocument } from '@/lib/server/api/openapi'
import { SettingsNav } from '../_components/settings-nav'
import { OperationSection, type DocumentedOperation } from './operation-section'

export const metadata: Metadata = { title: 'API reference' }

// Built from the operation list and the OpenAPI document generated from it, so an operation added to
// the list appears here with its fields without touching this page.
const document = createApiDocument() as unknown as {
  paths: Record<string, Record<string, DocumentedOperation>>
  components: { schemas?: Record<string, JsonSchema> }
}
const tags = [...new Set(API_OPERATIONS.map((o) => o.tag))]

export default async function ApiReferencePage() {
  const actor = await requirePageActor('org:manage')
  const components = document.components.schemas ?? {}
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            Every operation of the Plural API under <code>/api/v1</code>. The machine-readable description is{' '}
            <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
          </>
        }
      />
      <SettingsNav role={actor.role} current="/settings/api-reference" />
      <div className="max-w-5xl space-y-6">
        <Card title="Using the API">
          <ul className="list-disc space-y-2 pl-5 text-sm">
            <li>
              <strong>Authentication:</strong> send a token from <Link href="/settings/api-tokens">Settings › API tokens</Link> as{' '}
              <code>Authorization: Bearer plr_…</code>. The organisation is the token’s; a missing, revoked or expired token gets 401.
            </li>
            <li>
              <strong>Scopes:</strong> {API_TOKEN_SCOPES.map((s) => `${API_TOKEN_SCOPE_LABELS[s]}: ${API_TOKEN_SCOPE_HINTS[s]}`).join(' ')}{' '}
              A token never does more than the member who created it may do now; beyond its scope it gets 403.
            </li>
            <li>
              <strong>Idempotency-Key:</strong> on any POST, a key of your choice (up to 255 characters). Repeating the request with the
              same key and body within a day answers the first answer again and changes nothing more.
            </li>
            <li>
              <strong>ETag and If-Match:</strong> a plan version’s answer carries an ETag. Re-planning and publishing demand it back in{' '}
              <code>If-Match</code>: without it 428, and 412 when the version changed since you read it (nothing is written).
            </li>
            <li>
              <strong>Rate limits:</strong> {env().API_RATE_LIMIT_PER_MINUTE} requests per minute per token, across every server. Beyond
              that the answer is 429 with <code>Retry-After</code> in seconds.
            </li>
            <li>
              <strong>Pagination:</strong> lists answer <code>nextCursor</code>; pass it back as <code>cursor</code> for the next page,
              until it is null.
            </li>
          </ul>
        </Card>
        <Card title="Errors">
          <p className="mb-2 text-sm">
            Refusals are <code>application/problem+json</code> (RFC 9457) with <code>type</code>, <code>title</code>, <code>status</code>,{' '}
            <code>detail</code>, <code>code</code> and, when fields were refused, <code>errors</code> listing each field and its message.
          </p>
          <Table caption="Problem codes" columns={['Status', 'Code', 'Meaning']}>
            {(Object.keys(PROBLEMS) as ProblemCode[]).map((code) => (
              <tr key={code} id={problemAnchor(code)} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-1 pr-4">{PROBLEMS[code].status}</td>
                <td className="py-1 pr-4 font-mono text-xs">{code}</td>
                <td className="py-1 pr-4">{PROBLEMS[code].title}</td>
              </tr>
            ))}
          </Table>
        </Card>
        <nav aria-label="Operations" className="text-sm">
          <h2 className="mb-2 text-base font-semibold">Operations</h2>
          <ul className="space-y-1">
            {API_OPERATIONS.map((o) => (
              <li key={o.id}>
                <a href={`#op-${o.id}`} className="font-mono text-xs">
                  {o.method.toUpperCase()} {o.path}
                </a>{' '}
                {o.summary}
              </li>
            ))}
          </ul>
        </nav>
        {tags.map((tag) => (
          <Card key={tag} title={tag}>
            <div className="space-y-6">
              {API_OPERATIONS.filter((o) => o.tag === tag).map((o) => (
                <OperationSection key={o.id} operation={o} documented={document.paths[o.path][o.method]} components={components} />
              ))}
            </div>
          </Card>
        ))}
      </div>
    </>
  )
}
