import type { MetadataRoute } from 'next'

// Served to everyone (proxy.ts lets it through without a session). Sign-in pages may be indexed; the
// API never. Signed-in pages are not disallowed: a crawler only ever reaches their sign-in redirect, and a
// Disallow there would mark every page "blocked from indexing" in audits without protecting anything.
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/', disallow: '/api/' } }
}
