import 'server-only'
import type { z } from 'zod'
import { clientIp } from '@/lib/auth/request'
import { AppError, APP_ERROR_CODES } from '@/lib/core/app-error'
import { authenticateScimToken, type ScimActor } from '@/lib/db/accounts/scim-tokens'
import { countScimRequest } from '@/lib/db/api/rate-limit'
import { invalidateReads } from '@/lib/db/read-cache'
import { env } from '@/lib/env'
import { ScimFilterError } from '@/lib/scim/filter'
import { ScimPatchError } from '@/lib/scim/patch'
import { toScimError, type ScimErrorType } from '@/lib/scim/resources'
import { log } from '../../log'
import { toAppError } from '../errors'

// Every /scim/v2 handler goes through here, in this order: the bearer token (the organisation comes
// from it, never from the request) and its requests this minute, the route's zod schemas for path,
// query and body, then one lib/db call. Answers and refusals are application/scim+json, refusals in SCIM's error format (RFC 7644
// §3.12) with the scimType a provider acts on; nothing internal reaches the caller.

export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8'

/** The largest body read: a group of 1000 members fits many times over. */
const MAX_BODY_BYTES = 1_000_000

type Context = { params: Promise<Record<string, string | string[]>> }
export type ScimRouteMeta = { name: string }
export type ScimHandler = ((request: Request, context: Context) => Promise<Response>) & { scim: ScimRouteMeta }
export type ScimRequest<P, Q, B> = { actor: ScimActor; params: P; query: Q; body: B; baseUrl: string }
export type ScimAnswer = { status?: number; body?: unknown }

type Options<P, Q, B> = { name: string; params?: z.ZodType<P>; query?: z.ZodType<Q>; body?: z.ZodType<B> }

export function scimResponse(status: number, body?: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': SCIM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers },
  })
}

/** A token over its requests for the minute: identity providers (Entra ID, Okta) wait Retry-After and resend. */
class ScimThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`This SCIM token sent too many requests; retry in ${retryAfterSeconds} s.`)
  }
}

/** A refusal the AppError set has no code for (a bad filter, patch path or JSON body). */
class ScimRefusal extends Error {
  constructor(
    readonly scimType: ScimErrorType,
    message: string,
  ) {
    super(message)
  }
}

const SCIM_TYPE_OF: Partial<Record<keyof typeof APP_ERROR_CODES, ScimErrorType>> = { INVALID: 'invalidValue', CONFLICT: 'uniqueness' }

function errorResponse(error: unknown, name: string): Response {
  if (error instanceof ScimFilterError) return scimResponse(400, toScimError(400, error.message, 'invalidFilter'))
  if (error instanceof ScimPatchError) return scimResponse(400, toScimError(400, error.message, error.scimType))
  if (error instanceof ScimRefusal) return scimResponse(400, toScimError(400, error.message, error.scimType))
  if (error instanceof ScimThrottled)
    return scimResponse(429, toScimError(429, error.message), { 'retry-after': String(error.retryAfterSeconds) })
  const appError = toAppError(error)
  if (appError) {
    // SCIM says 400 for a value it refuses, where the rest of the app says 422.
    const status = appError.code === 'INVALID' ? 400 : APP_ERROR_CODES[appError.code]
    const headers: Record<string, string> = status === 401 ? { 'www-authenticate': 'Bearer realm="scim"' } : {}
    return scimResponse(status, toScimError(status, appError.message, SCIM_TYPE_OF[appError.code]), headers)
  }
  log('error', 'scim request failed', { route: name, error })
  return scimResponse(500, toScimError(500, 'Something went wrong on our side. Please try again.'))
}

const bearerOf = (request: Request) => /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? null

const UNAUTHENTICATED = {
  missing: 'Send the SCIM token as Authorization: Bearer <token>.',
  unknown: 'That SCIM token is not valid.',
  revoked: 'That SCIM token was revoked.',
} as const

async function requireScimActor(request: Request): Promise<ScimActor> {
  const auth = await authenticateScimToken(bearerOf(request), clientIp(request.headers))
  if (!auth.ok) throw new AppError('UNAUTHENTICATED', UNAUTHENTICATED[auth.reason])
  const rate = await countScimRequest(auth.actor.tokenId, env().SCIM_RATE_LIMIT_PER_MINUTE)
  if (!rate.allowed) throw new ScimThrottled(rate.retryAfterSeconds)
  return auth.actor
}

async function readBody(request: Request): Promise<unknown> {
  if (!/^application\/(scim\+)?json\b/i.test(request.headers.get('content-type') ?? ''))
    throw new ScimRefusal('invalidSyntax', 'Send the body as application/scim+json.')
  const raw = await request.text()
  if (raw.length > MAX_BODY_BYTES) throw new ScimRefusal('invalidSyntax', 'The body is too large.')
  try {
    return JSON.parse(raw)
  } catch {
    throw new ScimRefusal('invalidSyntax', 'The body is not valid JSON.')
  }
}

/** The base URL providers are given: the public origin (NEXTAUTH_URL) when set, else the request's. */
export function scimBaseUrl(request: Request): string {
  const configured = env().NEXTAUTH_URL
  return `${new URL(configured ?? request.url).origin}/scim/v2`
}

export function defineScimRoute<P = undefined, Q = undefined, B = undefined>(
  options: Options<P, Q, B>,
  handler: (request: ScimRequest<P, Q, B>) => Promise<ScimAnswer>,
): ScimHandler {
  const route = async (request: Request, context: Context) => {
    try {
      const actor = await requireScimActor(request)
      const params = (options.params ? options.params.parse(await context.params) : undefined) as P
      const query = (options.query ? options.query.parse(Object.fromEntries(new URL(request.url).searchParams)) : undefined) as Q
      const body = (options.body ? options.body.parse(await readBody(request)) : undefined) as B
      const answer = await handler({ actor, params, query, body, baseUrl: scimBaseUrl(request) })
      if (request.method !== 'GET') await invalidateReads(actor.orgId)
      return scimResponse(answer.status ?? 200, answer.body)
    } catch (error) {
      return errorResponse(error, options.name)
    }
  }
  return Object.assign(route, { scim: { name: options.name } })
}
