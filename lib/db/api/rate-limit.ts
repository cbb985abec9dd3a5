import 'server-only'
import { prisma } from '../client'

// Requests per token per fixed minute, counted in Postgres so every instance shares one count. One
// upsert per request; windows older than an hour are swept now and then by the same statement's caller.

export const RATE_WINDOW_MS = 60_000

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

export async function countApiRequest(tokenId: string, limit: number, now = new Date()): Promise<RateDecision> {
  const windowStart = new Date(Math.floor(now.getTime() / RATE_WINDOW_MS) * RATE_WINDOW_MS)
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", "count") VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`
  // The first request of a window sweeps the token's old windows, so the table stays small.
  if (row.count === 1) await prisma.apiRateWindow.deleteMany({ where: { tokenId, windowStart: { lt: windowStart } } })
  if (row.count <= limit) return { allowed: true, remaining: limit - row.count }
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + RATE_WINDOW_MS - now.getTime()) / 1000))
  return { allowed: false, retryAfterSeconds }
}
