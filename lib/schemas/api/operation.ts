import type { z } from 'zod'
import type { Permission } from '@/lib/core/permissions'

// One /api/v1 operation as data: its route, the permission it needs, and the zod schemas of what it
// reads and answers. The route handler (lib/server/api/route.ts), the OpenAPI document, the contract
// test and the tenant, role and fuzz probes all read this one list (operations.ts).

export type ApiMethod = 'get' | 'post' | 'put' | 'delete'

export type ApiOperation = {
  id: string
  method: ApiMethod
  /** OpenAPI style, under /api/v1: /work-items/{id} */
  path: string
  summary: string
  tag: string
  permission: Permission
  params?: z.ZodObject
  query?: z.ZodObject
  body?: z.ZodType
  /** The success answer; absent means 204 No Content. */
  response?: z.ZodType
  status?: 200 | 201
  /** Answers carry an ETag, and writes demand a matching If-Match (412 when stale, 428 when missing). */
  concurrency?: 'etag' | 'if-match'
}

export const defineOperation = <const O extends ApiOperation>(operation: O): O => operation
