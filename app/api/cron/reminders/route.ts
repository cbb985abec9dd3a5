import { NextResponse } from 'next/server'
import { processDueReminders } from '@/lib/db/survey/reminders'
import { defineRoute } from '@/lib/server/route'

// Re-sends due survey reminders for the caller's organisation now. The app's own scheduler
// (instrumentation.ts) already does this every few minutes for every organisation; this route is for
// a manager or admin ('survey:status') who wants it at once, or an external scheduler acting as one.
// See docs/decisions/0010-survey-privacy-and-reminders.md.
export const POST = defineRoute({ name: 'cron.reminders', permission: 'survey:status' }, async (_request, actor) => {
  const result = await processDueReminders(actor.orgId, new Date())
  return NextResponse.json(result, { headers: { 'cache-control': 'no-store' } })
})
