// What the sign-in page says for the error codes next-auth (or our signIn callback) puts in its
// URL (?error=…). Pure, so the sentences are tested; unknown codes get the general one.

/** Our signIn callback's code: the provider did not vouch for the e-mail address. */
export const OAUTH_EMAIL_UNVERIFIED = 'EmailUnverified'

/** The single sign-on callback's codes (lib/server/sso/flow.ts) and the password refusal under "Require SSO". */
export const SSO_ERRORS = {
  stateInvalid: 'SsoStateInvalid',
  denied: 'SsoDenied',
  failed: 'SsoFailed',
  emailUnverified: 'SsoEmailUnverified',
  domainNotVerified: 'SsoDomainNotVerified',
  domainTaken: 'SsoDomainTaken',
  deactivated: 'SsoDeactivated',
  required: 'SsoRequired',
} as const
export type SsoErrorCode = (typeof SSO_ERRORS)[keyof typeof SSO_ERRORS]

export const SSO_REQUIRED_MESSAGE = 'Your organisation signs in with single sign-on: use “Sign in with SSO” instead of a password.'

const MESSAGES: Record<string, string> = {
  [SSO_ERRORS.stateInvalid]: 'That single sign-on attempt has expired or was already used. Please start again.',
  [SSO_ERRORS.denied]: 'Your identity provider did not sign you in. Please try again.',
  [SSO_ERRORS.failed]:
    'Your identity provider’s answer could not be verified, so you were not signed in. Please try again, or ask your admin to check the single sign-on settings.',
  [SSO_ERRORS.emailUnverified]:
    'Your identity provider did not confirm your e-mail address, so you were not signed in. Ask your admin to check your account at the provider.',
  [SSO_ERRORS.domainNotVerified]:
    'Your e-mail’s domain is not verified for single sign-on in this organisation, so you were not signed in.',
  [SSO_ERRORS.domainTaken]: 'Another organisation has already verified this domain.',
  [SSO_ERRORS.deactivated]:
    'Your access to this organisation was switched off by your identity provider, so you were not signed in. Ask your admin if this is a mistake.',
  [SSO_ERRORS.required]: SSO_REQUIRED_MESSAGE,
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
