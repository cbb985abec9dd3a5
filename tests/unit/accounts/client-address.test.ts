import { describe, expect, it } from 'vitest'
import { clientAddress, UNKNOWN_ADDRESS } from '@/lib/accounts/client-address'

describe('clientAddress', () => {
  it('believes nothing in X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress('203.0.113.9', 0)).toBe(UNKNOWN_ADDRESS)
    expect(clientAddress('198.51.100.1, 203.0.113.9', 0)).toBe(UNKNOWN_ADDRESS)
    expect(clientAddress(null, 0)).toBe(UNKNOWN_ADDRESS)
  })

  it('takes the Nth address from the right with N trusted proxies, not the first', () => {
    // client forged "1.1.1.1"; proxy 1 appended the client, proxy 2 appended proxy 1
    const header = '1.1.1.1, 203.0.113.9, 10.0.0.2'
    expect(clientAddress(header, 1)).toBe('10.0.0.2')
    expect(clientAddress(header, 2)).toBe('203.0.113.9')
    expect(clientAddress(' 203.0.113.9 ', 1)).toBe('203.0.113.9')
  })

  it('uses the leftmost entry when the request passed fewer proxies than configured', () => {
    expect(clientAddress('203.0.113.9', 2)).toBe('203.0.113.9')
    expect(clientAddress('', 1)).toBe(UNKNOWN_ADDRESS)
    expect(clientAddress(null, 1)).toBe(UNKNOWN_ADDRESS)
  })
})
