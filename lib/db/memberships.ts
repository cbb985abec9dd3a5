import 'server-only'
import { prisma } from './client'

export async function listMembershipsOfUser(userId: string) {
  return prisma.membership.findMany({
    where: { userId },
    select: { id: true, role: true, organizationId: true, organization: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  })
}
