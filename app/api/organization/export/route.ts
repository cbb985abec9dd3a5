import { exportOrganization } from '@/lib/db/accounts/organization-data'
import { defineRoute, download } from '@/lib/server/route'

export const dynamic = 'force-dynamic'

export const GET = defineRoute({ name: 'organization.export', permission: 'org:own' }, async (_request, actor) => {
  const data = await exportOrganization(actor.orgId)
  return download(JSON.stringify(data, null, 2), `plural-${actor.orgName}-export.json`, 'application/json')
})
