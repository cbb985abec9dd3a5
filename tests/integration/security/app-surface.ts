import { readdirSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { ActionResult } from '@/lib/core/action-result'
import type { ActionMeta } from '@/lib/server/action'
import type { RouteMeta } from '@/lib/server/route'

// Enumerates every server action and route handler from the code itself (not a hand-kept list),
// so a new actions.ts / route.ts is probed automatically, and calls them the way Next would.

const ROOT = resolve(import.meta.dirname, '../../..')
const APP = join(ROOT, 'app')

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

/** Route files that are deliberately public and tenant-free; every other handler must use defineRoute. */
export const PUBLIC_ROUTE_FILES: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': "next-auth's own endpoints (sign-in, callback, session)",
  'app/api/health/route.ts': 'liveness probe: app and database status only',
  'app/api/ready/route.ts': 'readiness probe: database and migration status only',
  'app/api/sso/callback/route.ts':
    "single sign-on callback: the IdP's redirect; the single-use state (server row and cookie) names the organisation",
  'app/api/calendar/[token]/route.ts': "calendar subscription: its secret token is the credential and selects the member's organisation",
}

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => relative(ROOT, join(dir, f)).split(sep).join('/'))
    .sort()
}

/**
 * The token-authenticated API: no session, cookie or same-origin check applies to it, so these session
 * probes leave it to tests/integration/security/api-probe.test.ts, which walks its OpenAPI operations.
 */
export const API_V1_DIR = 'app/api/v1/'

/** The SCIM API, also token-authenticated: tests/integration/security/scim-probe.test.ts probes each of its routes. */
export const SCIM_DIR = 'app/scim/'

export const actionFiles = () => filesUnder(APP).filter((f) => /(^|\/)(actions|[\w-]+-actions)\.ts$/.test(f))
export const routeFiles = () =>
  filesUnder(APP).filter((f) => /(^|\/)route\.ts$/.test(f) && !f.startsWith(API_V1_DIR) && !f.startsWith(SCIM_DIR))

export type ProbeAction = ((input: unknown) => Promise<ActionResult>) & { meta?: ActionMeta }
export type ProbeRoute = ((request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>) & {
  meta?: RouteMeta
}

export type EnumeratedAction = { file: string; exportName: string; fn: ProbeAction; meta: ActionMeta | undefined }
export type EnumeratedRoute = { file: string; method: string; fn: ProbeRoute; meta: RouteMeta | undefined; segments: string[] }

export async function loadActions(): Promise<EnumeratedAction[]> {
  const out: EnumeratedAction[] = []
  for (const file of actionFiles()) {
    const mod = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>
    for (const [exportName, value] of Object.entries(mod)) {
      const fn = value as ProbeAction
      out.push({ file, exportName, fn, meta: typeof fn === 'function' ? fn.meta : undefined })
    }
  }
  return out
}

export async function loadRoutes(): Promise<EnumeratedRoute[]> {
  const out: EnumeratedRoute[] = []
  for (const file of routeFiles()) {
    if (PUBLIC_ROUTE_FILES[file] && file.includes('[...nextauth]')) continue // next-auth's handlers need a full Next request
    const mod = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>
    const segments = [...file.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1])
    for (const method of HTTP_METHODS) {
      const fn = mod[method] as ProbeRoute | undefined
      if (typeof fn === 'function') out.push({ file, method, fn, meta: fn.meta, segments })
    }
  }
  return out
}

export type Outcome = { ok: boolean; code: string; data?: unknown; message?: string; redirect?: string }

/** Calls an action; redirects and notFound() (thrown by design) become outcomes too. */
export async function callAction(fn: ProbeAction, input: unknown): Promise<Outcome> {
  try {
    const result = await fn(input)
    return result.ok ? { ok: true, code: 'OK', data: result.data } : { ok: false, code: result.code, message: result.message }
  } catch (error) {
    const digest = String((error as { digest?: unknown })?.digest ?? '')
    if (digest.startsWith('NEXT_REDIRECT')) return { ok: true, code: 'REDIRECT', redirect: digest.split(';')[2] }
    if (digest.includes('404')) return { ok: false, code: 'NOT_FOUND' }
    throw error
  }
}

export async function callRoute(route: EnumeratedRoute, url: string, params: Record<string, string>, body?: unknown) {
  const hasBody = body !== undefined && !['GET', 'HEAD'].includes(route.method)
  const request = new Request(url, {
    method: route.method,
    headers: { 'content-type': 'application/json' },
    body: hasBody ? JSON.stringify(body) : undefined,
  })
  const response = await route.fn(request, { params: Promise.resolve(params) })
  return { status: response.status, text: await response.text() }
}
