// Which address a request came from, pure. Next 16 gives route handlers and actions no socket
// address (`request.ip` went in Next 15); `next start` copies the socket's peer into
// X-Forwarded-For only when the request has none (base-server: `x-forwarded-for ??= remoteAddress`),
// so without a proxy in front that header may be the client's own invention.

/** Stands for every client when no proxy is trusted: per-address limits become per e-mail. */
export const UNKNOWN_ADDRESS = 'unknown'

/**
 * With `trustedHops` proxies in front (TRUST_PROXY_HOPS), each appends the address it was
 * connected from, so the client is the Nth entry from the right; entries further left are
 * whatever the client sent. Fewer entries than proxies means the request skipped part of the
 * chain; the leftmost entry is then the one a proxy wrote. With no trusted proxy nothing in the
 * header can be believed, so every client is UNKNOWN_ADDRESS: rotating the header must not
 * buy fresh sign-in attempts.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string {
  if (trustedHops <= 0) return UNKNOWN_ADDRESS
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return hops[Math.max(0, hops.length - trustedHops)] ?? UNKNOWN_ADDRESS
}
