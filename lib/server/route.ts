import 'server-only'
import { NextResponse } from 'next/server'
import type { z } from 'zod'
import { requireActor, type Actor } from '@/lib/auth/actor'
import type { Permission } from '@/lib/core/permissions'
import { env } from '@/lib/env'
import { AppError, APP_ERROR_CODES } from '../core/app-error'
import { toAppError } from './errors'
import { log } from '../log'
import { invalidateReads } from '../db/read-cache'
import { isSameOriginRequest } from './same-origin'

// Route handlers (exports and other non-form clients) go through here: same-origin check and guard
// first, then the query string parsed by the route's zod schema (a bad parameter is INVALID naming
// it, never a guess), closed error codes mapped to HTTP statuses, and no stack trace or internal
// message ever reaches the client.

type Context<P> = { params: Promise<P> }
export type RouteMeta = { name: string; permission: Permission }
/** `query` parses the query string (every parameter a string; a repeated one keeps its last value). */
type RouteOptions<Q> = RouteMeta & { query?: z.ZodType<Q> }
type RouteHandler<P> = ((request: Request, context: Context<P>) => Promise<Response>) & { meta: RouteMeta }

/** The JSON error every route answers with (also for public routes that do not go through defineRoute). */
export function errorResponse(error: unknown, name: string): Response {
  const appError = toAppError(error)
  if (appError) {
    return NextResponse.json(
      { error: { code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors } },
      { status: APP_ERROR_CODES[appError.code] },
    )
  }
  log('error', 'route failed', { route: name, error })
  return NextResponse.json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } }, { status: 500 })
}

/** Refuses a state-changing request sent by another site's page (see same-origin.ts). */
function requireSameOrigin(request: Request) {
  const h = request.headers
  const facts = {
    method: request.method,
    origin: h.get('origin'),
    fetchSite: h.get('sec-fetch-site'),
    host: h.get('host') ?? new URL(request.url).host,
    forwardedHost: h.get('x-forwarded-host'),
    publicUrl: env().NEXTAUTH_URL,
  }
  if (!isSameOriginRequest(facts))
    throw new AppError('FORBIDDEN', 'This request came from another site, so it was refused. Use Plural’s own pages to make changes.')
}

export function defineRoute<P = Record<string, string>, Q = undefined>(
  options: RouteOptions<Q>,
  handler: (request: Request, actor: Actor, params: P, query: Q) => Promise<Response>,
): RouteHandler<P> {
  const meta: RouteMeta = { name: options.name, permission: options.permission }
  const route = async (request: Request, context: Context<P>) => {
    try {
      requireSameOrigin(request)
      const actor = await requireActor(meta.permission)
      const query = options.query ? options.query.parse(Object.fromEntries(new URL(request.url).searchParams)) : (undefined as Q)
      const response = await handler(request, actor, await context.params, query)
      if (request.method !== 'GET' && response.ok) await invalidateReads(actor.orgId)
      return response
    } catch (error) {
      return errorResponse(error, meta.name)
    }
  }
  return Object.assign(route, { meta })
}

/** A file download; the name is sanitised so it cannot break the header. */
export function download(body: string, filename: string, contentType: string): Response {
  const safe = filename.replace(/[^\w.-]+/g, '-')
  return new Response(body, {
    headers: {
      'content-type': `${contentType}; charset=utf-8`,
      'content-disposition': `attachment; filename="${safe}"`,
      'cache-control': 'no-store',
    },
  })
}
