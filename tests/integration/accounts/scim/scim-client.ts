import { readdirSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { createScimToken } from '@/lib/db/accounts/scim-tokens'
import type { ScimHandler } from '@/lib/server/scim/route'
import type { TestOrg } from '../../../support/factories'

// Calls /scim/v2 the way Next would: the route file a path names (/Users/abc → app/scim/v2/Users/[id]/route.ts),
// with its id as the path parameter, and the bearer token and content type identity providers send.

const ROOT = resolve(import.meta.dirname, '../../../..')
const SCIM_ROOT = join(ROOT, 'app/scim/v2')

export const SCIM_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/** Every SCIM route file and method, from the code (so a new route is probed without editing the probes). */
export async function scimRoutes() {
  const files = (readdirSync(SCIM_ROOT, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /(^|[/\\])route\.ts$/.test(f))
  const routes: { path: string; method: (typeof SCIM_METHODS)[number]; handler: ScimHandler; hasId: boolean }[] = []
  for (const file of files.sort()) {
    const mod = (await import(/* @vite-ignore */ join(SCIM_ROOT, file))) as Record<string, ScimHandler | undefined>
    const path = `/${relative(SCIM_ROOT, join(SCIM_ROOT, file)).split(sep).slice(0, -1).join('/')}`
    for (const method of SCIM_METHODS) {
      const handler = mod[method]
      if (handler) routes.push({ path, method, handler, hasId: path.includes('[id]') })
    }
  }
  return routes
}

async function handlerFor(method: string, segments: string[]) {
  const file = join(SCIM_ROOT, segments[0], ...(segments.length > 1 ? ['[id]'] : []), 'route.ts')
  const mod = (await import(/* @vite-ignore */ file)) as Record<string, ScimHandler | undefined>
  const handler = mod[method]
  if (!handler) throw new Error(`${file} exports no ${method}`)
  return handler
}

export type ScimCall = { token: string | null; body?: unknown; rawBody?: string; contentType?: string }

/** `pathAndQuery` as a provider sends it: /Users?filter=userName%20eq%20%22…%22 */
export async function callScim(method: string, pathAndQuery: string, { token, body, rawBody, contentType }: ScimCall) {
  const url = new URL(`http://plural.test/scim/v2${pathAndQuery}`)
  const segments = url.pathname
    .replace(/^\/scim\/v2\//, '')
    .split('/')
    .map(decodeURIComponent)
  const headers: Record<string, string> = {
    'content-type': contentType ?? 'application/scim+json; charset=utf-8',
    accept: 'application/scim+json',
  }
  if (token) headers.authorization = `Bearer ${token}`
  const sendsBody = method !== 'GET' && method !== 'DELETE'
  const request = new Request(url, { method, headers, body: sendsBody ? (rawBody ?? JSON.stringify(body ?? {})) : undefined })
  const response = await (
    await handlerFor(method, segments)
  )(request, { params: Promise.resolve<Record<string, string>>(segments[1] ? { id: segments[1] } : {}) })
  const text = await response.text()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- SCIM answers are read field by field in the tests
  const json: any = text ? JSON.parse(text) : null
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    retryAfter: response.headers.get('retry-after'),
    json,
    text,
  }
}

/** A SCIM token of `org`, made by its owner. */
export async function scimTokenFor(org: TestOrg, name = 'Identity provider') {
  return createScimToken(org.orgId, org.members.OWNER.userId, { name })
}

/** A SCIM client bound to one token. */
export function scimClient(token: string) {
  return {
    get: (path: string) => callScim('GET', path, { token }),
    post: (path: string, body: unknown) => callScim('POST', path, { token, body }),
    put: (path: string, body: unknown) => callScim('PUT', path, { token, body }),
    patch: (path: string, body: unknown) => callScim('PATCH', path, { token, body }),
    delete: (path: string) => callScim('DELETE', path, { token }),
  }
}

export const filterQuery = (attribute: string, value: string) => `filter=${encodeURIComponent(`${attribute} eq "${value}"`)}`
