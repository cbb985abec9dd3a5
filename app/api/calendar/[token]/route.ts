import { createHash } from 'node:crypto'
import { readCalendarFeed } from '@/lib/db/planner/calendar-feed'
import { log } from '@/lib/log'
import { calendarFeed } from '@/lib/planner/calendar-feed'

// A member's calendar subscription. Calendar apps fetch it without a session, so the secret token in
// the path is the only credential: an unknown or revoked one is a plain 404 that says nothing more.
// Apps poll every few minutes to hours; an ETag lets an unchanged feed answer 304 with no body, and
// max-age asks them not to come back sooner than a quarter of an hour. `private`: never in a shared cache.

const NOT_FOUND = () =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const feed = await readCalendarFeed((await params).token)
    if (!feed) return NOT_FOUND()
    // DTSTAMP is the time of writing, so the ETag is taken from the feed written at a fixed instant.
    const etag = `"${createHash('sha256')
      .update(calendarFeed(feed.member, feed.sprints, feed.timeZone, new Date(0)))
      .digest('base64url')
      .slice(0, 27)}"`
    const headers = { etag, 'cache-control': 'private, max-age=900', 'content-type': 'text/calendar; charset=utf-8' }
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
    return new Response(calendarFeed(feed.member, feed.sprints, feed.timeZone, new Date()), { headers })
  } catch (error) {
    log('error', 'calendar feed failed', { error })
    return new Response('Something went wrong on our side.', { status: 500, headers: { 'cache-control': 'no-store' } })
  }
}
