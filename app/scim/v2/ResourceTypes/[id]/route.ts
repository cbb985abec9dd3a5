import { AppError } from '@/lib/core/app-error'
import { resourceTypes } from '@/lib/scim/discovery'
import { scimIdSchema } from '@/lib/schemas/scim'
import { defineScimRoute } from '@/lib/server/scim/route'

export const GET = defineScimRoute({ name: 'scim.resource-type', params: scimIdSchema }, async ({ params, baseUrl }) => {
  const type = resourceTypes(baseUrl).find((t) => t.id === params.id)
  if (!type) throw new AppError('NOT_FOUND', `No resource type ${params.id}.`)
  return { body: type }
})
