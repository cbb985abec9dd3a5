import { describe, expect, it } from 'vitest'
import { API_OPERATIONS } from '@/lib/schemas/api/operations'
import { fieldRows, type JsonSchema } from '@/lib/schemas/api/reference'
import { createApiDocument } from '@/lib/server/api/openapi'

// The reference page renders every operation of the list from the generated document: each one is
// there, and each request body's fields come out as rows named like the zod schema's keys.

type Operation = { requestBody?: { content: Record<string, { schema: JsonSchema }> } }
const document = createApiDocument() as unknown as {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, JsonSchema> }
}

describe('the API reference over the OpenAPI document', () => {
  it('finds every listed operation, and every top-level body field of an object body', () => {
    for (const operation of API_OPERATIONS) {
      const documented = document.paths[operation.path]?.[operation.method]
      expect(documented, `${operation.method} ${operation.path}`).toBeDefined()
      const shape = (operation.body as { shape?: Record<string, unknown> } | undefined)?.shape
      const body = documented.requestBody?.content['application/json'].schema
      const names = body ? fieldRows(body, document.components.schemas).map((r) => r.name) : []
      expect(names).toEqual(expect.arrayContaining(Object.keys(shape ?? {})))
    }
  })
})
