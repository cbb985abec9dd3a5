import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy } from '@/lib/server/csp'
import { isDatabaseReachable } from '@/lib/server/db-probe'
import { unavailableAnswer } from '@/lib/server/unavailable'
import { isProduction, rawDatabaseUrl } from '@/lib/env'
import { log } from '@/lib/log'

// Runs before every request: request id, CSP nonce, and an optimistic redirect to /login when
// there is no session cookie at all. It is not the security boundary: every page, action and
// route handler checks the session and role itself (lib/auth/actor.ts).

// /scim/ is the identity provider's API: its bearer token is checked by every handler (lib/server/scim/route.ts).
const PUBLIC_PREFIXES = ['/login', '/signup', '/invite', '/api/', '/scim/', '/_next/']
// Next's metadata files (app/icon.svg, app/robots.ts), which browsers and crawlers fetch without a session;
// /favicon.ico never reaches the proxy (see the matcher).
const PUBLIC_FILES = new Set(['/icon.svg', '/robots.txt'])
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token']

function unavailable(pathname: string, requestId: string) {
  const { contentType, body } = unavailableAnswer(pathname)
  return new NextResponse(body, {
    status: 503,
    headers: { 'retry-after': '5', 'x-request-id': requestId, 'cache-control': 'no-store', 'content-type': contentType },
  })
}

// Invitation links and calendar feeds carry their secret token in the path; logs get the route, never the token.
const loggablePath = (pathname: string) => pathname.replace(/^\/(invite|api\/calendar)\/[^/]+/, '/$1/[token]')

export async function proxy(request: NextRequest) {
  const requestId = request.headers.get('x-request-id') ?? crypto.randomUUID()
  const path = loggablePath(request.nextUrl.pathname)
  log('info', 'request', { requestId, method: request.method, path })
  if (!(await isDatabaseReachable(rawDatabaseUrl()))) {
    log('warn', 'database unreachable', { requestId, path })
    return unavailable(request.nextUrl.pathname, requestId)
  }
  const nonce = btoa(crypto.randomUUID())
  const csp = contentSecurityPolicy(nonce, isProduction())

  const { pathname } = request.nextUrl
  const isPublic = pathname === '/' || PUBLIC_FILES.has(pathname) || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))
  if (!isPublic && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL('/login', request.url)
    login.searchParams.set('next', pathname)
    return NextResponse.redirect(login)
  }

  const headers = new Headers(request.headers)
  headers.set('x-request-id', requestId)
  headers.set('x-nonce', nonce)
  headers.set('content-security-policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', csp)
  response.headers.set('x-request-id', requestId)
  return response
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
}
