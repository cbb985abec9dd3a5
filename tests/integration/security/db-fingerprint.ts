import { prisma } from '@/lib/db/client'

// A fingerprint of every table (row count and a hash of the rows), so a probe can prove a refused
// call changed nothing anywhere.

/** Refused attempts are recorded on purpose (throttling and the security log); they are not "changes". */
const RECORDED_FAILURES = ['auth.sign_in_failed', 'api-token.refused-revoked', 'api-token.refused-expired']
/**
 * Bookkeeping that every request writes, refused or not: sign-in throttling, a token's last use and
 * its rate-limit count (SCIM tokens' too), and the answers kept for Idempotency-Keys (a refusal is an answer too).
 */
const BOOKKEEPING = ['_prisma_migrations', 'LoginAttempt', 'ApiToken', 'ApiRateWindow', 'ApiIdempotentPost', 'ScimToken', 'ScimRateWindow']
let fingerprintSql = ''

export async function fingerprint(): Promise<Map<string, string>> {
  if (!fingerprintSql) {
    const tables = await prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND NOT (table_name = ANY(${BOOKKEEPING}))
      ORDER BY table_name`
    // Table names come from the catalogue, not from input.
    fingerprintSql = tables
      .map(({ name }) => {
        const where = name === 'AuditEvent' ? `WHERE r.action NOT IN (${RECORDED_FAILURES.map((a) => `'${a}'`).join(', ')})` : ''
        return `SELECT '${name}' AS name, count(*)::int AS n, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS sum FROM "${name}" r ${where}`
      })
      .join(' UNION ALL ')
  }
  const rows = await prisma.$queryRawUnsafe<{ name: string; n: number; sum: string }[]>(fingerprintSql)
  return new Map(rows.map((r) => [r.name, `${r.n}:${r.sum}`]))
}

export const changedTables = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((t) => a.get(t) !== b.get(t))
