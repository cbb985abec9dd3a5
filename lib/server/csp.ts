// Content-Security-Policy, pure so it can be unit-tested. Production allows scripts only with the
// request's nonce (no inline script, no eval); development needs eval for React's dev tooling.
export function contentSecurityPolicy(nonce: string, production: boolean): string {
  const script = production ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : `'self' 'nonce-${nonce}' 'strict-dynamic' 'unsafe-eval'`
  return [
    `default-src 'self'`,
    `script-src ${script}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ')
}
