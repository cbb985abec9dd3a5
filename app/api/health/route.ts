import { NextResponse } from 'next/server'
import { pingDatabase } from '@/lib/db/health'

export const dynamic = 'force-dynamic'

/** Liveness plus a database check: 200 when both answer, 503 when the database does not. */
export async function GET() {
  const database = await pingDatabase()
  return NextResponse.json(
    { status: database ? 'ok' : 'degraded', app: 'ok', database: database ? 'ok' : 'unreachable' },
    { status: database ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  )
}
