import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import { prisma } from '../client'

// Requests per token per fixed minute, counted in Postgres so every instance shares one count. One
// upsert per request; the first request of a window sweeps that token's older windows. API tokens and
// SCIM tokens are counted alike, each in its own table so a token's windows go with it.

export const RATE_WINDOW_MS = 60_000

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

/** The window table of each kind of token (a fixed name, never from input). */
const WINDOW_TABLES = { api: Prisma.raw('"ApiRateWindow"'), scim: Prisma.raw('"ScimRateWindow"') } as const

async function countRequest(kind: keyof typeof WINDOW_TABLES, tokenId: string, limit: number, now: Date): Promise<RateDecision> {
  const table = WINDOW_TABLES[kind]
  const windowStart = new Date(Math.floor(now.getTime() / RATE_WINDOW_MS) * RATE_WINDOW_MS)
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO ${table} ("tokenId", "windowStart", "count") VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = ${table}."count" + 1
    RETURNING "count"`
  if (row.count === 1) await prisma.$executeRaw`DELETE FROM ${table} WHERE "tokenId" = ${tokenId} AND "windowStart" < ${windowStart}`
  if (row.count <= limit) return { allowed: true, remaining: limit - row.count }
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + RATE_WINDOW_MS - now.getTime()) / 1000))
  return { allowed: false, retryAfterSeconds }
}

export const countApiRequest = (tokenId: string, limit: number, now = new Date()) => countRequest('api', tokenId, limit, now)
export const countScimRequest = (tokenId: string, limit: number, now = new Date()) => countRequest('scim', tokenId, limit, now)
