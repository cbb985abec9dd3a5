import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '@/lib/server/csp'

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce in production: no inline script, no eval, no framing', () => {
    const csp = contentSecurityPolicy('abc', true)
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
  })

  it('allows eval only in development, for React tooling', () => {
    expect(contentSecurityPolicy('abc', false)).toContain("'unsafe-eval'")
  })
})
