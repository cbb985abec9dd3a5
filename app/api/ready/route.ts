import { NextResponse } from 'next/server'
import { listAppliedMigrations, pingDatabase } from '@/lib/db/health'
import { listShippedMigrations } from '@/lib/db/migrations-on-disk'

export const dynamic = 'force-dynamic'

/** Readiness: the database answers and every migration this build ships is applied. */
export async function GET() {
  const headers = { 'cache-control': 'no-store' }
  if (!(await pingDatabase())) return NextResponse.json({ ready: false, database: 'unreachable' }, { status: 503, headers })
  const applied = new Set(await listAppliedMigrations())
  const pending = listShippedMigrations().filter((name) => !applied.has(name))
  return NextResponse.json(
    { ready: pending.length === 0, database: 'ok', pendingMigrations: pending },
    { status: pending.length ? 503 : 200, headers },
  )
}
