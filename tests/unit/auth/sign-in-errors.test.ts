import { describe, expect, it } from 'vitest'
import { OAUTH_EMAIL_UNVERIFIED, signInErrorMessage } from '@/lib/auth/sign-in-errors'

describe('signInErrorMessage', () => {
  it('says in words that the provider did not verify the e-mail', () => {
    expect(signInErrorMessage(OAUTH_EMAIL_UNVERIFIED)).toMatch(/did not confirm that the e-mail address is yours/)
  })

  it('gives unknown codes, and names of Object.prototype, the general sentence; no code, no message', () => {
    expect(signInErrorMessage('Nonsense')).toBe('Signing in did not complete. Please try again.')
    expect(signInErrorMessage('toString')).toBe('Signing in did not complete. Please try again.')
    expect(signInErrorMessage(undefined)).toBeNull()
  })
})
