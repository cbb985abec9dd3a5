import 'server-only'
import { prisma } from '../client'

// Idempotency-Key on POST: the first request with a key claims it (a row without an answer), runs,
// and stores its answer; a retry with the same key and body gets that answer again, and nothing
// runs twice. Keys are per token and kept for a day.

const KEEP_MS = 24 * 60 * 60 * 1000

export type StoredAnswer = { status: number; body: string }
export type Claim = { kind: 'claimed' } | { kind: 'replay'; answer: StoredAnswer } | { kind: 'in-flight' } | { kind: 'mismatch' }

export async function claimIdempotencyKey(tokenId: string, key: string, requestHash: string, now = new Date()): Promise<Claim> {
  await prisma.apiIdempotentPost.deleteMany({ where: { tokenId, key, createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } })
  const inserted = await prisma.$executeRaw`
    INSERT INTO "ApiIdempotentPost" ("tokenId", "key", "requestHash") VALUES (${tokenId}, ${key}, ${requestHash})
    ON CONFLICT DO NOTHING`
  if (inserted === 1) return { kind: 'claimed' }
  const row = await prisma.apiIdempotentPost.findUnique({
    where: { tokenId_key: { tokenId, key } },
    select: { requestHash: true, status: true, body: true },
  })
  if (!row) return claimIdempotencyKey(tokenId, key, requestHash, now)
  if (row.requestHash !== requestHash) return { kind: 'mismatch' }
  if (row.status === null || row.body === null) return { kind: 'in-flight' }
  return { kind: 'replay', answer: { status: row.status, body: row.body } }
}

export async function storeIdempotentAnswer(tokenId: string, key: string, answer: StoredAnswer) {
  await prisma.apiIdempotentPost.updateMany({ where: { tokenId, key }, data: answer })
}

/** A request that failed on our side gives its key back, so a retry runs again. */
export async function releaseIdempotencyKey(tokenId: string, key: string) {
  await prisma.apiIdempotentPost.deleteMany({ where: { tokenId, key, status: null } })
}
