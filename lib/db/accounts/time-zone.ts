import 'server-only'
import { prisma } from '../client'
import type { UserId } from '../user-id'

// A person's time zone, used for the focus blocks in their calendar feed and downloads. It belongs to
// the person, not an organisation, like their e-mail choices.

export async function getTimeZone(userId: UserId): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { timeZone: true } })
  return user?.timeZone ?? null
}

export async function updateTimeZone(userId: UserId, timeZone: string | null): Promise<{ timeZone: string | null }> {
  return prisma.user.update({ where: { id: userId }, data: { timeZone }, select: { timeZone: true } })
}
