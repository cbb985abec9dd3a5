import 'server-only'
import { z } from 'zod'
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi'
import { API_OPERATIONS } from '@/lib/schemas/api/operations'
import type { ApiOperation } from '@/lib/schemas/api/operation'
import { PROBLEMS, problemSchema, type ProblemCode } from '@/lib/schemas/api/problem'

// The OpenAPI 3.1 document of /api/v1, generated from the operations' zod schemas (zod-openapi,
// decision 0064), so what the document promises is what the handlers parse and answer.

const problem = (code: ProblemCode) => ({
  description: PROBLEMS[code].title,
  content: { 'application/problem+json': { schema: problemSchema } },
})

const etagHeader = {
  ETag: { description: 'The version’s revision; send it back in If-Match to change the version.', schema: { type: 'string' as const } },
}

function refusals(operation: ApiOperation): ProblemCode[] {
  const codes: ProblemCode[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'INTERNAL', 'UNAVAILABLE']
  if (operation.params || operation.method !== 'get') codes.push('NOT_FOUND')
  if (operation.params || operation.query || operation.body || operation.method === 'post') codes.push('INVALID')
  if (operation.method !== 'get') codes.push('CONFLICT')
  if (operation.concurrency === 'if-match') codes.push('PRECONDITION_FAILED', 'PRECONDITION_REQUIRED')
  return codes
}

function operationObject(operation: ApiOperation): ZodOpenApiOperationObject {
  const status = operation.response ? String(operation.status ?? 200) : '204'
  const success = operation.response
    ? {
        description: operation.summary,
        ...(operation.concurrency ? { headers: etagHeader } : {}),
        content: { 'application/json': { schema: operation.response } },
      }
    : { description: operation.summary }
  const headers = {
    ...(operation.concurrency === 'if-match' ? { 'If-Match': z.string().meta({ description: 'The ETag of the version you read' }) } : {}),
    ...(operation.method === 'post'
      ? {
          'Idempotency-Key': z
            .string()
            .min(1)
            .max(255)
            .optional()
            .meta({ description: 'Retries with the same key and body get the first answer' }),
        }
      : {}),
  }
  return {
    operationId: operation.id,
    summary: operation.summary,
    tags: [operation.tag],
    requestParams: {
      ...(operation.params ? { path: operation.params } : {}),
      ...(operation.query ? { query: operation.query } : {}),
      ...(Object.keys(headers).length ? { header: z.object(headers) } : {}),
    },
    ...(operation.body ? { requestBody: { required: true, content: { 'application/json': { schema: operation.body } } } } : {}),
    responses: {
      [status]: success,
      ...Object.fromEntries(refusals(operation).map((code) => [String(PROBLEMS[code].status), problem(code)])),
    },
  }
}

export function createApiDocument(serverUrl = '/api/v1') {
  const paths: ZodOpenApiPathsObject = {}
  for (const operation of API_OPERATIONS)
    paths[operation.path] = { ...paths[operation.path], [operation.method]: operationObject(operation) }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Plural API',
      version: '1',
      description:
        'Organisation API of Plural. Authenticate with a token from Settings → API tokens: `Authorization: Bearer plr_…`. The organisation comes from the token. Errors are application/problem+json (RFC 9457).',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token: plr_…' } } },
    paths,
  })
}
