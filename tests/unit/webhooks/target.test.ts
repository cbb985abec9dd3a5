import { describe, expect, it } from 'vitest'
import { webhookUrlProblem } from '@/lib/server/webhooks/target'

// Where an endpoint may point, judged when it is saved and again at each delivery.

const production = { NODE_ENV: 'production', WEBHOOKS_ALLOW_LOOPBACK: false } as const
const productionTests = { NODE_ENV: 'production', WEBHOOKS_ALLOW_LOOPBACK: true } as const
const development = { NODE_ENV: 'development', WEBHOOKS_ALLOW_LOOPBACK: false } as const
const problem = (url: string, e: Parameters<typeof webhookUrlProblem>[1]) => webhookUrlProblem(new URL(url), e)

describe('webhook URLs', () => {
  it('demand https in production, for every public host', () => {
    expect(problem('https://hooks.example.com/x', production)).toBeNull()
    expect(problem('http://hooks.example.com/x', production)).toBe('The URL must start with https://.')
    expect(problem('http://hooks.example.com/x', productionTests)).toBe('The URL must start with https://.')
    expect(problem('http://hooks.example.com/x', development)).toBeNull()
  })

  it('reach loopback, over plain http too, only when the explicit test setting allows it', () => {
    for (const url of ['http://127.0.0.1:4000/h', 'http://[::1]:4000/h', 'http://localhost:4000/h', 'https://127.0.0.1/h']) {
      expect(problem(url, productionTests), url).toBeNull()
      expect(problem(url, production), url).not.toBeNull()
      expect(problem(url, development), url).not.toBeNull()
    }
  })

  it('never reach private or link-local addresses, nor carry credentials', () => {
    for (const e of [production, productionTests, development]) {
      expect(problem('https://10.0.0.8/h', e)).toBe('The URL points to a private, loopback or link-local address.')
      expect(problem('https://169.254.169.254/latest', e)).toBe('The URL points to a private, loopback or link-local address.')
      expect(problem('https://user:pw@hooks.example.com/h', e)).toBe('The URL must not contain a user name or password.')
    }
  })
})
