import 'server-only'
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import type { LookupFunction } from 'node:net'
import { isIP } from 'node:net'
import { classifyAddress } from '@/lib/webhooks/addresses'
import { env, type Env } from '@/lib/env'

// Where a webhook may be sent, checked when the endpoint is saved and again at every delivery: https
// in production, and only to public addresses. The delivery connects through `checkedLookup`, so the
// address that was checked is the address connected to (a name re-pointed between a check and the
// connection cannot slip through).

type TargetEnv = Pick<Env, 'NODE_ENV' | 'WEBHOOKS_ALLOW_LOOPBACK'>

export class WebhookTargetError extends Error {}

const allowed = (address: string, e: TargetEnv) => {
  const verdict = classifyAddress(address)
  return verdict === 'public' || (verdict === 'loopback' && e.WEBHOOKS_ALLOW_LOOPBACK)
}

/**
 * Plain http is for development, and for a local receiver where loopback is allowed (the end-to-end
 * tests run a production build against stand-ins on 127.0.0.1); TLS to this machine proves nothing.
 */
export function isPlainHttpAllowed(url: URL, e: TargetEnv = env()): boolean {
  if (url.protocol !== 'http:') return false
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const loopback = host === 'localhost' || (isIP(host) !== 0 && classifyAddress(host) === 'loopback')
  return e.NODE_ENV !== 'production' || (e.WEBHOOKS_ALLOW_LOOPBACK && loopback)
}

/** Why a URL may not receive webhooks (scheme and literal addresses only), or null. */
export function webhookUrlProblem(url: URL, e: TargetEnv = env()): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (url.protocol !== 'https:' && !isPlainHttpAllowed(url, e))
    return e.NODE_ENV === 'production' ? 'The URL must start with https://.' : 'The URL must start with https:// or http://.'
  if (url.username || url.password) return 'The URL must not contain a user name or password.'
  if (isIP(host) && !allowed(host, e)) return 'The URL points to a private, loopback or link-local address.'
  if (host === 'localhost' && !e.WEBHOOKS_ALLOW_LOOPBACK) return 'The URL points to this server (localhost).'
  return null
}

/** A DNS lookup that fails when the name resolves to any address a webhook may not reach. */
export function checkedLookup(e: TargetEnv = env()): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      const refused = addresses.find((a) => !allowed(a.address, e))
      if (refused || addresses.length === 0)
        return callback(new WebhookTargetError(`${hostname} resolves to a private, loopback or link-local address`), '', 0)
      if (options.all) return (callback as unknown as (err: null, all: LookupAddress[]) => void)(null, addresses)
      callback(null, addresses[0].address, addresses[0].family)
    })
  }
}
