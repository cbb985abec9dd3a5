import { resourceTypes } from '@/lib/scim/discovery'
import { toScimList } from '@/lib/scim/resources'
import { defineScimRoute } from '@/lib/server/scim/route'

export const GET = defineScimRoute({ name: 'scim.resource-types' }, async ({ baseUrl }) => {
  const types = resourceTypes(baseUrl)
  return { body: toScimList(types, types.length, 1) }
})
