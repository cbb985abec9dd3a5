import { describe, expect, it } from 'vitest'
import { isSameOriginRequest, type RequestOriginFacts } from '@/lib/server/same-origin'

const facts = (over: Partial<RequestOriginFacts>): RequestOriginFacts => ({
  method: 'POST',
  origin: null,
  fetchSite: null,
  host: 'plural.example.com',
  forwardedHost: null,
  publicUrl: undefined,
  ...over,
})

describe('isSameOriginRequest', () => {
  it('lets reads through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      expect(isSameOriginRequest(facts({ method, origin: 'http://evil.example' }))).toBe(true)
  })

  it('refuses a state-changing request from another site, a sibling subdomain, or an opaque origin', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(isSameOriginRequest(facts({ method, origin: 'http://evil.example' }))).toBe(false)
    expect(isSameOriginRequest(facts({ origin: 'https://evil.plural.example.com' }))).toBe(false)
    expect(isSameOriginRequest(facts({ origin: 'https://plural.example.com:8443' }))).toBe(false)
    expect(isSameOriginRequest(facts({ origin: 'null' }))).toBe(false)
    expect(isSameOriginRequest(facts({ origin: 'not a url' }))).toBe(false)
  })

  it('accepts the Host, the first X-Forwarded-Host, or the configured public URL', () => {
    expect(isSameOriginRequest(facts({ origin: 'https://plural.example.com' }))).toBe(true)
    expect(
      isSameOriginRequest(
        facts({ host: '10.0.0.5:3000', forwardedHost: 'plural.example.com, proxy.internal', origin: 'https://plural.example.com' }),
      ),
    ).toBe(true)
    expect(
      isSameOriginRequest(facts({ host: '10.0.0.5:3000', publicUrl: 'https://plural.example.com', origin: 'https://plural.example.com' })),
    ).toBe(true)
    // The public URL is matched with its scheme: plain http on the public name is another origin.
    expect(
      isSameOriginRequest(facts({ host: '10.0.0.5:3000', publicUrl: 'https://plural.example.com', origin: 'http://plural.example.com' })),
    ).toBe(false)
  })

  it('lets a request without Origin through unless Sec-Fetch-Site says it came from elsewhere', () => {
    expect(isSameOriginRequest(facts({}))).toBe(true)
    expect(isSameOriginRequest(facts({ fetchSite: 'same-origin' }))).toBe(true)
    expect(isSameOriginRequest(facts({ fetchSite: 'cross-site' }))).toBe(false)
    expect(isSameOriginRequest(facts({ fetchSite: 'same-site' }))).toBe(false)
  })
})
