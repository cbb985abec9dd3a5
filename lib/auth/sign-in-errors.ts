// What the sign-in page says for the error codes next-auth (or our signIn callback) puts in its
// URL (?error=…). Pure, so the sentences are tested; unknown codes get the general one.

/** Our signIn callback's code: the provider did not vouch for the e-mail address. */
export const OAUTH_EMAIL_UNVERIFIED = 'EmailUnverified'

const MESSAGES: Record<string, string> = {
  [OAUTH_EMAIL_UNVERIFIED]:
    'That provider did not confirm that the e-mail address is yours, so we could not sign you in with it. Verify the address with the provider (for GitHub, your primary e-mail), then try again, or sign in with your password.',
  CredentialsSignin: 'That e-mail and password do not match an account.',
  AccessDenied: 'Signing in was refused. Try again, or sign in with your password.',
  Configuration: 'Signing in with that provider is not working right now. Please try again later or sign in with your password.',
}

const GENERAL = 'Signing in did not complete. Please try again.'

export function signInErrorMessage(code: string | undefined): string | null {
  if (!code) return null
  return Object.hasOwn(MESSAGES, code) ? MESSAGES[code] : GENERAL
}
