// Cross-site request forgery guard for route handlers, pure. Server actions have Next's own check
// (the Origin host must equal the Host or X-Forwarded-Host); route handlers get none, so a page on
// another site could make a signed-in browser POST to them (a text/plain body needs no preflight).

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type RequestOriginFacts = {
  method: string
  /** The Origin header, or null when the request carries none. */
  origin: string | null
  /** The Sec-Fetch-Site header (sent by current browsers), or null. */
  fetchSite: string | null
  /** The Host header (the request URL's host when there is none). */
  host: string | null
  forwardedHost: string | null
  /** NEXTAUTH_URL: behind a proxy the Host may be internal while the browser's Origin is the public URL. */
  publicUrl: string | undefined
}

/**
 * Whether a request may change state. Reads (GET, HEAD, OPTIONS) always may. Otherwise the Origin
 * must be the app's own: the public URL's origin, or the Host / first X-Forwarded-Host (host and
 * port, like Next's check; the scheme is not compared because TLS often ends at a proxy).
 * `Origin: null` (sandboxed frames, privacy redirects) is refused.
 *
 * A request without Origin is let through unless Sec-Fetch-Site says it came from another site:
 * browsers send Origin on every cross-origin POST, PUT, PATCH and DELETE (Fetch standard), so a
 * forged request always carries one, while a client without Origin is not a browser that a page
 * could steer, and holding the cookie it needs no forgery (schedulers call the reminder route so).
 * Next's server-action check lets such requests through for the same reason.
 */
export function isSameOriginRequest(facts: RequestOriginFacts): boolean {
  if (SAFE_METHODS.has(facts.method.toUpperCase())) return true
  if (facts.origin === null) return facts.fetchSite === null || facts.fetchSite === 'same-origin' || facts.fetchSite === 'none'
  let origin: URL
  try {
    origin = new URL(facts.origin)
  } catch {
    return false // includes the literal "null"
  }
  if (facts.publicUrl && new URL(facts.publicUrl).origin === origin.origin) return true
  const forwarded = facts.forwardedHost?.split(',')[0]?.trim()
  return [forwarded, facts.host].some((host) => Boolean(host) && host === origin.host)
}
