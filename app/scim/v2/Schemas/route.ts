import { schemaDefinitions } from '@/lib/scim/discovery'
import { toScimList } from '@/lib/scim/resources'
import { defineScimRoute } from '@/lib/server/scim/route'

export const GET = defineScimRoute({ name: 'scim.schemas' }, async ({ baseUrl }) => {
  const schemas = schemaDefinitions(baseUrl)
  return { body: toScimList(schemas, schemas.length, 1) }
})
