import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy } from '@/lib/server/csp'

// Runs before every request: request id, CSP nonce, and an optimistic redirect to /login when
// there is no session cookie at all. It is not the security boundary: every page, action and
// route handler checks the session and role itself (lib/auth/actor.ts).

const PUBLIC_PREFIXES = ['/login', '/signup', '/invite', '/api/', '/_next/', '/favicon']
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token']

export function proxy(request: NextRequest) {
  const requestId = request.headers.get('x-request-id') ?? crypto.randomUUID()
  const nonce = btoa(crypto.randomUUID())
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'production')

  const { pathname } = request.nextUrl
  const isPublic = pathname === '/' || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))
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
