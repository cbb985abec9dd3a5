import 'server-only'
import { throttleDecision, WINDOW_MS, type ThrottleDecision } from '@/lib/accounts/throttle'
import { prisma } from '../client'

/** Throttle state lives in Postgres so every app instance sees the same count. */
export async function getLoginThrottle(email: string, ip: string, now = new Date()): Promise<ThrottleDecision> {
  const failures = await prisma.loginAttempt.findMany({
    where: { email, ip, success: false, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
    select: { createdAt: true },
    orderBy: { createdAt: 'desc' },
    take: 10,
  })
  return throttleDecision(
    failures.map((f) => f.createdAt),
    now,
  )
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean) {
  await prisma.loginAttempt.create({ data: { email, ip, success } })
}
