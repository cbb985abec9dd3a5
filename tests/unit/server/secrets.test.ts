import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSecretBox } from '@/lib/server/secrets'

const box = createSecretBox('unit-test-connector-key-of-at-least-32-chars')

describe('createSecretBox', () => {
  it('opens what it sealed, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => box.decrypt(box.encrypt(text)) === text))
  })

  it('never shows the secret in what it stores, and seals the same text differently each time', () => {
    const url = 'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX'
    const first = box.encrypt(url)
    expect(first).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(first).not.toContain('hooks.slack.com')
    expect(box.encrypt(url)).not.toBe(first)
  })

  it('refuses a sealed secret whose bytes were changed', () => {
    const [format, iv, tag, ciphertext] = box.encrypt('xoxb-bot-token').split('.')
    const flipped = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1)
    expect(() => box.decrypt([format, iv, tag, flipped].join('.'))).toThrow(/altered, or CONNECTOR_SECRET_KEY changed/)
  })

  it('refuses what another key sealed, and text that is not sealed at all', () => {
    const other = createSecretBox('another-connector-key-of-at-least-32-chars')
    expect(() => box.decrypt(other.encrypt('token'))).toThrow(/could not be decrypted/)
    expect(() => box.decrypt('plain-token')).toThrow(/Not a sealed secret/)
  })

  it('refuses a key shorter than 32 characters', () => {
    expect(() => createSecretBox('short')).toThrow(/at least 32 characters/)
  })
})

describe('encryptSecret with the environment key', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('uses CONNECTOR_SECRET_KEY, so another key cannot open it', async () => {
    vi.stubEnv('DATABASE_URL', 'postgresql://u@localhost:5432/db')
    vi.stubEnv('CONNECTOR_SECRET_KEY', 'environment-connector-key-of-32-characters')
    const { encryptSecret, decryptSecret } = await import('@/lib/server/secrets')
    const sealed = encryptSecret('xoxb-1')
    expect(decryptSecret(sealed)).toBe('xoxb-1')
    expect(createSecretBox('environment-connector-key-of-32-characters').decrypt(sealed)).toBe('xoxb-1')
    expect(() => box.decrypt(sealed)).toThrow(/could not be decrypted/)
  })
})
