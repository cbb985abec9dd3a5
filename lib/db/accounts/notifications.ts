import 'server-only'
import { notFound } from '@/lib/core/app-error'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

// In-app notifications for the signed-in member. The membership comes from the session, so a
// member can only ever list or mark their own.

type NotificationDTO = { id: string; kind: string; message: string; href: string | null; sentCount: number; createdAt: Date }

export async function listUnreadNotifications(orgId: OrgId, membershipId: string): Promise<NotificationDTO[]> {
  return prisma.notification.findMany({
    where: { organizationId: orgId, membershipId, readAt: null },
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { id: true, kind: true, message: true, href: true, sentCount: true, createdAt: true },
  })
}

/** Marks one of the member's notifications read; someone else's id is NOT_FOUND. */
export async function markNotificationRead(orgId: OrgId, membershipId: string, notificationId: string, now = new Date()) {
  const { count } = await prisma.notification.updateMany({
    where: { id: notificationId, organizationId: orgId, membershipId },
    data: { readAt: now },
  })
  if (count === 0) throw notFound('Notification')
  return { id: notificationId }
}
