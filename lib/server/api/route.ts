import 'server-only'
import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { clientIp } from '@/lib/auth/request'
import { canToken } from '@/lib/core/api-scopes'
import { AppError } from '@/lib/core/app-error'
import { authenticateApiToken, type TokenActor } from '@/lib/db/api/tokens'
import { claimIdempotencyKey, releaseIdempotencyKey, storeIdempotentAnswer } from '@/lib/db/api/idempotency'
import { countApiRequest } from '@/lib/db/api/rate-limit'
import { invalidateReads } from '@/lib/db/read-cache'
import { env } from '@/lib/env'
import type { ApiOperation } from '@/lib/schemas/api/operation'
import { problemOf, type ProblemCode } from '@/lib/schemas/api/problem'
import { labelAt } from '@/lib/schemas/field-label'
import { log } from '../../log'
import { toAppError } from '../errors'

// Every /api/v1 handler goes through here, in this order: the bearer token (the organisation comes
// from it, never from the request), the token's rate limit, the scope's permission, the operation's
// zod schemas for path, query and body, the Idempotency-Key of a POST, then one lib/db call. Every
// refusal is application/problem+json; nothing internal reaches the caller.

/** A refusal with a status the app's closed AppError set has no code for (412, 428, 429 with Retry-After). */
export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export type ApiRequest<P, Q, B> = { request: Request; actor: TokenActor; params: P; query: Q; body: B; ifMatch: number | null }
export type ApiAnswer = { body?: unknown; etag?: number }
type Context = { params: Promise<Record<string, string | string[]>> }
export type ApiHandler = ((request: Request, context: Context) => Promise<Response>) & { operation: ApiOperation }

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }

function problemResponse(code: ProblemCode, detail: string, fieldErrors?: Record<string, string[]>, headers: Record<string, string> = {}) {
  const problem = problemOf(code, detail, fieldErrors)
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  })
}

function errorResponse(error: unknown, operation: ApiOperation): Response {
  if (error instanceof ApiProblem) return problemResponse(error.code, error.message, undefined, error.headers)
  const schema = operation.body
  const appError = toAppError(error, schema ? (path) => labelAt(schema, path) : undefined)
  // A write against a version someone changed since the caller's ETag: the board's CONFLICT is HTTP's 412 here.
  if (appError?.code === 'CONFLICT' && operation.concurrency === 'if-match') return problemResponse('PRECONDITION_FAILED', appError.message)
  if (appError) return problemResponse(appError.code, appError.message, appError.fieldErrors)
  log('error', 'api operation failed', { operation: operation.id, error })
  return problemResponse('INTERNAL', 'Something went wrong on our side. Please try again.')
}

const bearerOf = (request: Request) => /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? null

const UNAUTHENTICATED = {
  missing: 'Send an API token as Authorization: Bearer <token>.',
  unknown: 'That API token is not valid.',
  revoked: 'That API token was revoked.',
  expired: 'That API token has expired.',
} as const

async function requireTokenActor(request: Request, operation: ApiOperation): Promise<TokenActor> {
  const auth = await authenticateApiToken(bearerOf(request), clientIp(request.headers))
  if (!auth.ok) throw new ApiProblem('UNAUTHENTICATED', UNAUTHENTICATED[auth.reason], { 'www-authenticate': 'Bearer' })
  const rate = await countApiRequest(auth.actor.tokenId, env().API_RATE_LIMIT_PER_MINUTE)
  if (!rate.allowed)
    throw new ApiProblem('RATE_LIMITED', `This token sent too many requests; retry in ${rate.retryAfterSeconds} s.`, {
      'retry-after': String(rate.retryAfterSeconds),
    })
  if (!canToken(auth.actor.scope, auth.actor.role, operation.permission))
    throw new AppError('FORBIDDEN', `This token’s scope (or its creator’s role) does not allow ${operation.permission}.`)
  return auth.actor
}

async function readBody(request: Request, operation: ApiOperation): Promise<{ raw: string; value: unknown }> {
  if (!operation.body) return { raw: '', value: undefined }
  const raw = await request.text()
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
    throw new AppError('INVALID', 'Send the body as JSON (Content-Type: application/json).', { body: ['Send JSON.'] })
  try {
    return { raw, value: JSON.parse(raw) }
  } catch {
    throw new AppError('INVALID', 'The body is not valid JSON.', { body: ['Not valid JSON.'] })
  }
}

/** If-Match: "<revision>" (weak or strong); null when absent. */
function readIfMatch(request: Request, operation: ApiOperation): number | null {
  if (operation.concurrency !== 'if-match') return null
  const header = request.headers.get('if-match')
  if (!header) throw new ApiProblem('PRECONDITION_REQUIRED', 'Send If-Match with the ETag of the version you read.')
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim())
  if (!match) throw new ApiProblem('PRECONDITION_FAILED', 'If-Match does not name a revision of this version.')
  return Number(match[1])
}

function answer(operation: ApiOperation, result: ApiAnswer): Response {
  const headers: Record<string, string> = { ...JSON_HEADERS }
  if (result.etag !== undefined) headers.etag = `"${result.etag}"`
  if (!operation.response) return new Response(null, { status: 204, headers })
  return new Response(JSON.stringify(result.body), { status: operation.status ?? 200, headers })
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/

/** Runs a POST once per Idempotency-Key: a retry with the same key and body gets the first answer again. */
async function once(request: Request, actor: TokenActor, bodyText: string, operation: ApiOperation, run: () => Promise<Response>) {
  const key = request.method === 'POST' ? request.headers.get('idempotency-key') : null
  if (key === null) return run()
  if (!IDEMPOTENCY_KEY.test(key)) throw new AppError('INVALID', 'Idempotency-Key must be 1 to 255 visible ASCII characters.')
  const hash = createHash('sha256')
    .update(`${new URL(request.url).pathname}\n${bodyText}`)
    .digest('hex')
  const claim = await claimIdempotencyKey(actor.tokenId, key, hash)
  if (claim.kind === 'mismatch')
    throw new AppError('INVALID', 'This Idempotency-Key was used with another request.', {
      'Idempotency-Key': ['Used with another request.'],
    })
  if (claim.kind === 'in-flight') throw new AppError('CONFLICT', 'A request with this Idempotency-Key is still running; retry shortly.')
  if (claim.kind === 'replay') {
    const { status, body } = claim.answer
    const contentType = status >= 400 ? 'application/problem+json; charset=utf-8' : JSON_HEADERS['content-type']
    return new Response(body || null, { status, headers: { ...JSON_HEADERS, 'content-type': contentType, 'idempotent-replayed': 'true' } })
  }
  // A refusal is an answer too (the same request would be refused again); only our own failures give the key back.
  const response = await run().catch((error: unknown) => errorResponse(error, operation))
  if (response.status >= 500) await releaseIdempotencyKey(actor.tokenId, key)
  else await storeIdempotentAnswer(actor.tokenId, key, { status: response.status, body: await response.clone().text() })
  return response
}

export function defineApiRoute<O extends ApiOperation>(
  operation: O,
  handler: (request: ApiRequest<Infer<O['params']>, Infer<O['query']>, Infer<O['body']>>) => Promise<ApiAnswer>,
): ApiHandler {
  const route = async (request: Request, context: Context) => {
    try {
      const actor = await requireTokenActor(request, operation)
      const params = (operation.params?.parse(await context.params) ?? undefined) as Infer<O['params']>
      const query = (operation.query?.parse(Object.fromEntries(new URL(request.url).searchParams)) ?? undefined) as Infer<O['query']>
      const ifMatch = readIfMatch(request, operation)
      const { raw, value } = await readBody(request, operation)
      return await once(request, actor, raw, operation, async () => {
        const body = (operation.body?.parse(value) ?? undefined) as Infer<O['body']>
        const result = await handler({ request, actor, params, query, body, ifMatch })
        if (operation.method !== 'get') await invalidateReads(actor.orgId)
        return answer(operation, result)
      })
    } catch (error) {
      return errorResponse(error, operation)
    }
  }
  return Object.assign(route, { operation })
}
