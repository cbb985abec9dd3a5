import { describe, expect, it } from 'vitest'
import { isPlainHttpAllowed, webhookUrlProblem } from '@/lib/server/webhooks/target'

// Plain http reaches a receiver only in development, or on this machine where loopback is allowed
// (the end-to-end tests' stand-ins); a production server never sends a secret over plain http elsewhere.

const production = { NODE_ENV: 'production' as const, WEBHOOKS_ALLOW_LOOPBACK: false }
const productionLoopback = { NODE_ENV: 'production' as const, WEBHOOKS_ALLOW_LOOPBACK: true }
const development = { NODE_ENV: 'development' as const, WEBHOOKS_ALLOW_LOOPBACK: false }

describe('isPlainHttpAllowed', () => {
  it('allows http in development, never https-less in production without the loopback switch', () => {
    expect(isPlainHttpAllowed(new URL('http://hooks.example.com/x'), development)).toBe(true)
    expect(isPlainHttpAllowed(new URL('http://127.0.0.1:4000/x'), production)).toBe(false)
    expect(webhookUrlProblem(new URL('http://127.0.0.1:4000/x'), production)).toBe('The URL must start with https://.')
  })

  it('in production with loopback allowed, only for this machine', () => {
    expect(isPlainHttpAllowed(new URL('http://127.0.0.1:4000/x'), productionLoopback)).toBe(true)
    expect(isPlainHttpAllowed(new URL('http://localhost:4000/x'), productionLoopback)).toBe(true)
    expect(isPlainHttpAllowed(new URL('http://[::1]:4000/x'), productionLoopback)).toBe(true)
    expect(isPlainHttpAllowed(new URL('http://hooks.example.com/x'), productionLoopback)).toBe(false)
    expect(webhookUrlProblem(new URL('http://127.0.0.1:4000/x'), productionLoopback)).toBeNull()
  })
})
