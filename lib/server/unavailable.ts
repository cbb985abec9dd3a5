import { problemOf } from '@/lib/schemas/api/problem'
import { toScimError } from '@/lib/scim/resources'

// What the proxy answers while the database cannot be reached, in each caller's own format: an
// identity provider reads SCIM's error (RFC 7644 §3.12) and an API client a problem document, where
// a person's browser gets a page. Every one of them is a 503 with Retry-After.

const MESSAGE = 'The database is unavailable right now. Please retry shortly.'

const UNAVAILABLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plural is unavailable</title></head>
<body style="font-family:system-ui;max-width:36rem;margin:4rem auto;padding:0 1rem"><main><h1>Plural is briefly unavailable</h1>
<p>We cannot reach the database right now. This usually clears up within a minute; the page will work again when you reload it.</p></main></body></html>`

export type UnavailableAnswer = { contentType: string; body: string }

export function unavailableAnswer(pathname: string): UnavailableAnswer {
  if (pathname.startsWith('/scim/'))
    return { contentType: 'application/scim+json; charset=utf-8', body: JSON.stringify(toScimError(503, MESSAGE)) }
  if (pathname.startsWith('/api/v1/'))
    return { contentType: 'application/problem+json; charset=utf-8', body: JSON.stringify(problemOf('UNAVAILABLE', MESSAGE)) }
  if (pathname.startsWith('/api/'))
    return { contentType: 'application/json', body: JSON.stringify({ error: { code: 'UNAVAILABLE', message: MESSAGE } }) }
  return { contentType: 'text/html; charset=utf-8', body: UNAVAILABLE_HTML }
}
