import { prisma } from '@/lib/db/client'
import type { OrgId } from '@/lib/db/org-id'

// Reads the connector tests share: a synced work item by its external key, with its link.

export const itemByKey = (orgId: OrgId, key: string) =>
  prisma.workItem.findFirstOrThrow({ where: { organizationId: orgId, externalKey: key }, include: { syncedItem: true } })

export const countItems = (orgId: OrgId) => prisma.workItem.count({ where: { organizationId: orgId } })

/** A manager's edit in Plural of a synced field. */
export async function editLocally(orgId: OrgId, key: string, data: { hours?: number; title?: string }) {
  const item = await itemByKey(orgId, key)
  await prisma.workItem.update({ where: { id: item.id }, data })
}
