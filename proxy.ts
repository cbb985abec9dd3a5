import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy } from '@/lib/server/csp'
import { isDatabaseReachable } from '@/lib/server/db-probe'
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

const UNAVAILABLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plural is unavailable</title></head>
<body style="font-family:system-ui;max-width:36rem;margin:4rem auto;padding:0 1rem"><main><h1>Plural is briefly unavailable</h1>
<p>We cannot reach the database right now. This usually clears up within a minute; the page will work again when you reload it.</p></main></body></html>`

function unavailable(pathname: string, requestId: string) {
  const headers = { 'retry-after': '5', 'x-request-id': requestId, 'cache-control': 'no-store' }
  if (pathname.startsWith('/api/')) {
    return NextResponse.json(
      { error: { code: 'UNAVAILABLE', message: 'The database is unavailable right now. Please retry shortly.' } },
      { status: 503, headers },
    )
  }
  return new NextResponse(UNAVAILABLE_HTML, { status: 503, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } })
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
