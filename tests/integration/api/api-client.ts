import { join, resolve } from 'node:path'
import { createApiToken } from '@/lib/db/api/tokens'
import type { ApiTokenScope } from '@/lib/core/api-scopes'
import { API_OPERATIONS } from '@/lib/schemas/api/operations'
import type { ApiOperation } from '@/lib/schemas/api/operation'
import type { TestMember, TestOrg } from '../../support/factories'

// Calls /api/v1 the way Next would: the operation's route file, found from its documented path
// (/work-items/{id} → app/api/v1/work-items/[id]/route.ts), with the path parameters it names.

const ROOT = resolve(import.meta.dirname, '../../..')

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>

export const routeFileOf = (operation: ApiOperation) => `app/api/v1${operation.path.replace(/\{(\w+)\}/g, '[$1]')}/route.ts`

export async function handlerOf(operation: ApiOperation): Promise<Handler> {
  const mod = (await import(/* @vite-ignore */ join(ROOT, routeFileOf(operation)))) as Record<string, Handler | undefined>
  const handler = mod[operation.method.toUpperCase()]
  if (!handler) throw new Error(`${routeFileOf(operation)} exports no ${operation.method.toUpperCase()}`)
  return handler
}

/** The operation a method and concrete path (/work-items/abc) name, with its path parameters. */
export function matchOperation(method: string, path: string) {
  for (const operation of API_OPERATIONS) {
    if (operation.method !== method.toLowerCase()) continue
    const names: string[] = []
    const pattern = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))
    const match = new RegExp(`^${pattern}$`).exec(path)
    if (match) return { operation, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])])) }
  }
  throw new Error(`No documented operation for ${method} ${path}`)
}

export type CallOptions = { token?: string | null; body?: unknown; headers?: Record<string, string>; rawBody?: string }

/** `path` may carry a query string: GET /work-items?limit=5. */
export async function callApi(method: string, pathAndQuery: string, options: CallOptions = {}) {
  const url = new URL(`http://plural.test/api/v1${pathAndQuery}`)
  const { operation, params } = matchOperation(method, url.pathname.slice('/api/v1'.length))
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json'
  const handler = await handlerOf(operation)
  const response = await handler(new Request(url, { method: method.toUpperCase(), headers, body }), { params: Promise.resolve(params) })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as unknown) : undefined, operation }
}

/** A token of `scope` created by `by` (an OWNER unless said otherwise). */
export async function tokenFor(org: TestOrg, scope: ApiTokenScope, by: TestMember = org.members.OWNER, expiresOn?: string) {
  const { secret, id } = await createApiToken(
    org.orgId,
    { userId: by.userId, membershipId: by.membershipId },
    { name: `${scope} token`, scope, expiresOn },
  )
  return { secret, id }
}
