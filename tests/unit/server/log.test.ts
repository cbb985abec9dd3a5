import { afterEach, describe, expect, it, vi } from 'vitest'
import { log } from '@/lib/log'

afterEach(() => vi.restoreAllMocks())

describe('log', () => {
  it('writes one JSON line and redacts secrets and personal answers at any depth', () => {
    const spy = vi.spyOn(console, 'log').mockImplementation(() => {})
    log('info', 'signed in', { requestId: 'r1', user: { email: 'a@b.c', password: 'hunter22', token: 't' }, answers: { c1: 5 } })
    const line = JSON.parse(spy.mock.calls[0][0] as string)
    expect(line).toMatchObject({ level: 'info', message: 'signed in', requestId: 'r1', answers: '[redacted]' })
    expect(line.user).toEqual({ email: 'a@b.c', password: '[redacted]', token: '[redacted]' })
  })

  it('sends warnings and errors to stderr with the error message', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    log('error', 'boom', { error: new Error('disk full') })
    expect(JSON.parse(spy.mock.calls[0][0] as string).error.message).toBe('disk full')
  })
})
