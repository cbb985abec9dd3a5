import { NextResponse } from 'next/server'
import { processDueReminders } from '@/lib/db/reminders'
import { defineRoute } from '@/lib/server/route'

// Re-sends due survey reminders for the caller's organisation. Guarded like any other request
// (a manager's or admin's session, 'survey:status'): the team page already runs the same
// processing whenever it loads, so this is for a scheduler acting as such a member, not a
// shared secret. See docs/decisions/0010-survey-privacy-and-reminders.md.
export const POST = defineRoute({ name: 'cron.reminders', permission: 'survey:status' }, async (_request, actor) => {
  const result = await processDueReminders(new Date(), { orgId: actor.orgId })
  return NextResponse.json(result, { headers: { 'cache-control': 'no-store' } })
})
