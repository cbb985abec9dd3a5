import { AppError } from '@/lib/core/app-error'
import { schemaDefinitions } from '@/lib/scim/discovery'
import { scimIdSchema } from '@/lib/schemas/scim'
import { defineScimRoute } from '@/lib/server/scim/route'

export const GET = defineScimRoute({ name: 'scim.schema', params: scimIdSchema }, async ({ params, baseUrl }) => {
  const schema = schemaDefinitions(baseUrl).find((s) => s.id === params.id)
  if (!schema) throw new AppError('NOT_FOUND', `No schema ${params.id}.`)
  return { body: schema }
})
