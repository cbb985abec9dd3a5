import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'

const base = { DATABASE_URL: 'postgresql://u@localhost:5432/db' }

describe('parseEnv', () => {
  it('accepts a development environment without a secret', () => {
    expect(parseEnv({ ...base, NODE_ENV: 'development' }).LOG_LEVEL).toBe('info')
  })

  it('names a missing or malformed database URL', () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/)
    expect(() => parseEnv({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL must be a postgres/)
  })

  it('requires the auth secret and public URL in production, naming each', () => {
    expect(() => parseEnv({ ...base, NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET is required[\s\S]*NEXTAUTH_URL/)
    expect(() => parseEnv({ ...base, NODE_ENV: 'production', NEXTAUTH_SECRET: 'short', NEXTAUTH_URL: 'https://x.test' })).toThrow(
      /at least 32/,
    )
    const ok = parseEnv({
      ...base,
      NODE_ENV: 'production',
      NEXTAUTH_SECRET: 'x'.repeat(32),
      NEXTAUTH_URL: 'https://plural.example.com',
      CONNECTOR_SECRET_KEY: 'k'.repeat(32),
    })
    expect(ok.NEXTAUTH_URL).toBe('https://plural.example.com')
  })

  it('requires a connector secret key of at least 32 characters in production only', () => {
    const production = { ...base, NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32), NEXTAUTH_URL: 'https://x.test' }
    expect(() => parseEnv(production)).toThrow(/CONNECTOR_SECRET_KEY \(at least 32 random characters\) is required in production/)
    expect(() => parseEnv({ ...production, CONNECTOR_SECRET_KEY: 'short' })).toThrow(/CONNECTOR_SECRET_KEY must be at least 32/)
    expect(parseEnv(base).CONNECTOR_SECRET_KEY).toBeUndefined()
  })

  it('trusts no proxy unless TRUST_PROXY_HOPS says how many there are', () => {
    expect(parseEnv(base).TRUST_PROXY_HOPS).toBe(0)
    expect(parseEnv({ ...base, TRUST_PROXY_HOPS: '2' }).TRUST_PROXY_HOPS).toBe(2)
    expect(() => parseEnv({ ...base, TRUST_PROXY_HOPS: 'yes' })).toThrow(/TRUST_PROXY_HOPS/)
    expect(() => parseEnv({ ...base, TRUST_PROXY_HOPS: '-1' })).toThrow(/TRUST_PROXY_HOPS/)
  })
})
