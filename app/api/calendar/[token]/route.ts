import { createHash } from 'node:crypto'
import { readCalendarFeed } from '@/lib/db/planner/calendar-feed'
import { notFound } from '@/lib/core/app-error'
import { calendarFeed } from '@/lib/planner/calendar-feed'
import { errorResponse } from '@/lib/server/route'

// A member's calendar subscription. Calendar apps fetch it without a session, so the secret token in
// the path is the only credential: an unknown or revoked one is the routes' usual 404 that says nothing more.
// Apps poll every few minutes to hours; an ETag lets an unchanged feed answer 304 with no body, and
// max-age asks them not to come back sooner than a quarter of an hour. `private`: never in a shared cache.

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const feed = await readCalendarFeed((await params).token)
    if (!feed) throw notFound('Calendar')
    // DTSTAMP is the time of writing, so the ETag is taken from the feed written at a fixed instant.
    const etag = `"${createHash('sha256')
      .update(calendarFeed(feed.member, feed.sprints, feed.timeZone, new Date(0)))
      .digest('base64url')
      .slice(0, 27)}"`
    const headers = { etag, 'cache-control': 'private, max-age=900', 'content-type': 'text/calendar; charset=utf-8' }
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
    return new Response(calendarFeed(feed.member, feed.sprints, feed.timeZone, new Date()), { headers })
  } catch (error) {
    return errorResponse(error, 'calendar.feed')
  }
}
