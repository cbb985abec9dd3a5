import 'server-only'
import { headers } from 'next/headers'
import { env } from '@/lib/env'
import { clientAddress } from '../accounts/client-address'

// Facts about the current request that actions need (client IP for throttling, public origin for
// links). Outside a request (integration tests, scripts) they fall back to neutral values.

/** The client address as far as the configured proxies (TRUST_PROXY_HOPS) vouch for it. */
export function clientIp(h: Headers): string {
  return clientAddress(h.get('x-forwarded-for'), env().TRUST_PROXY_HOPS)
}

async function requestHeaders(): Promise<Headers | null> {
  try {
    return await headers()
  } catch (error) {
    // Next's own control-flow errors (dynamic rendering bail-outs) carry a digest and must propagate.
    if ((error as { digest?: unknown })?.digest) throw error
    return null
  }
}

export async function requestIp(): Promise<string> {
  const h = await requestHeaders()
  return h ? clientIp(h) : 'local'
}

/** The public origin for links in e-mails: NEXTAUTH_URL when set, else the request's own host. */
export async function publicOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL
  if (configured) return new URL(configured).origin
  const h = await requestHeaders()
  const host = h?.get('x-forwarded-host') ?? h?.get('host')
  if (!host) return 'http://localhost:3000'
  const proto = h?.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https')
  return `${proto}://${host}`
}
