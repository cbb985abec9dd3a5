import fc from 'fast-check'
import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import { classifyAddress } from '@/lib/webhooks/addresses'
import { isFailingTooLong, nextAttemptAt, RETRY_WINDOW_MS, retryWaitMs } from '@/lib/webhooks/retry'
import { generateWebhookSecret, signWebhook } from '@/lib/webhooks/signing'

describe('webhook signatures', () => {
  it('verify with the Standard Webhooks reference library, with either secret during a rotation', () => {
    const [current, previous] = [generateWebhookSecret(), generateWebhookSecret()]
    const body = JSON.stringify({ type: 'plan.published', data: { planId: 'p1' } })
    const headers = signWebhook({ id: 'msg_1', timestamp: new Date(), body }, [current, previous])
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2)
    for (const secret of [current, previous]) expect(new Webhook(secret).verify(body, headers)).toMatchObject({ type: 'plan.published' })
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow()
  })
})

describe('webhook targets', () => {
  it('refuse private, loopback and link-local addresses, in IPv4 and IPv6', () => {
    for (const ip of ['10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', 'fc00::1', 'fe80::1', '::ffff:10.0.0.1'])
      expect(classifyAddress(ip), ip).toBe('private')
    for (const ip of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(classifyAddress(ip), ip).toBe('loopback')
    for (const ip of ['93.184.216.34', '1.1.1.1', '2606:4700::1111']) expect(classifyAddress(ip), ip).toBe('public')
  })
})

describe('webhook retries', () => {
  it('wait longer each time and never plan an attempt beyond 24 hours after the event', () => {
    const eventAt = new Date('2026-12-01T00:00:00Z')
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 2 * RETRY_WINDOW_MS }), (failed, offset) => {
        const now = new Date(eventAt.getTime() + offset)
        const next = nextAttemptAt(eventAt, failed, now)
        // null means "give up": the next wait would end beyond the window.
        const inWindow = next !== null && next.getTime() > now.getTime() && next.getTime() - eventAt.getTime() <= RETRY_WINDOW_MS
        expect(next === null ? now.getTime() + retryWaitMs(failed) - eventAt.getTime() > RETRY_WINDOW_MS : inWindow).toBe(true)
      }),
    )
    expect(nextAttemptAt(eventAt, 1, eventAt)!.getTime() - eventAt.getTime()).toBe(5_000)
    expect(nextAttemptAt(eventAt, 3, eventAt)!.getTime() - eventAt.getTime()).toBe(20_000)
  })

  it('disable an endpoint only after 24 hours of failures', () => {
    const since = new Date('2026-12-01T00:00:00Z')
    expect(isFailingTooLong(null, new Date())).toBe(false)
    expect(isFailingTooLong(since, new Date(since.getTime() + RETRY_WINDOW_MS - 1))).toBe(false)
    expect(isFailingTooLong(since, new Date(since.getTime() + RETRY_WINDOW_MS))).toBe(true)
  })
})
