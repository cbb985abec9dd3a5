import 'server-only'
import { getUserForSignIn, isOAuthAccountLinked, upsertOAuthUser } from '@/lib/db/accounts/users'
import { OAUTH_EMAIL_UNVERIFIED, SSO_ERRORS } from './sign-in-errors'
import { requireSsoAllowsOtherSignIn, SsoRequiredSignIn } from './sso'

// OAuth sign-in decisions, out of next-auth's callbacks so they can be tested with stubbed
// provider profiles. A provider identity is linked to an account (an existing one with the same
// e-mail, or a new one) only on an e-mail the provider says it verified.

type ProviderAccount = { provider: string; providerAccountId: string }
type Profile = Record<string, unknown> | null | undefined

/**
 * The profile's e-mail, lower-cased, when `email_verified` is exactly true: Google's OpenID claim,
 * and what githubUserinfo sets from GitHub's verified primary address. Anything else (false,
 * missing, "true") is not a verification.
 */
function verifiedEmailOf(profile: Profile): string | null {
  const email = profile?.email
  return profile?.email_verified === true && typeof email === 'string' && email.includes('@') ? email.trim().toLowerCase() : null
}

/** For next-auth's signIn callback: true, or the sign-in page naming why not. */
export async function checkOAuthSignIn(account: ProviderAccount, profile: Profile): Promise<true | string> {
  const email = verifiedEmailOf(profile)
  if (email) {
    try {
      await requireSsoAllowsOtherSignIn(email, await getUserForSignIn(email), true, `oauth:${account.provider}`)
    } catch (error) {
      if (error instanceof SsoRequiredSignIn) return `/login/sso?error=${SSO_ERRORS.required}`
      throw error
    }
  }
  if (email || (await isOAuthAccountLinked(account.provider, account.providerAccountId))) return true
  return `/login?error=${OAUTH_EMAIL_UNVERIFIED}`
}

/** For next-auth's jwt callback: the account to sign in to, linked on first use; null when nothing may be linked. */
export async function oauthAccountUser(account: ProviderAccount, profile: Profile) {
  const verifiedEmail = verifiedEmailOf(profile)
  const name = typeof profile?.name === 'string' && profile.name.trim() ? profile.name.trim() : (verifiedEmail ?? 'New member')
  return upsertOAuthUser({ provider: account.provider, providerAccountId: account.providerAccountId, verifiedEmail, name })
}

type GitHubEmail = { email?: unknown; primary?: unknown; verified?: unknown }

/** From GitHub's GET /user/emails ([{ email, primary, verified, visibility }]): the primary address if verified. */
function verifiedPrimaryEmail(emails: unknown): string | null {
  if (!Array.isArray(emails)) return null
  const primary = (emails as GitHubEmail[]).find((e) => e?.primary === true)
  return primary && primary.verified === true && typeof primary.email === 'string' ? primary.email : null
}

/**
 * GitHub's userinfo step. next-auth's default reads the public e-mail of /user (GitHub does not
 * say whether it is verified) or else the first address of /user/emails without checking it;
 * this always asks /user/emails (scope user:email) and keeps only the verified primary address.
 */
export async function githubUserinfo({ tokens }: { tokens: { access_token?: string } }, fetchFn: typeof fetch = fetch) {
  const get = (path: string) =>
    fetchFn(`https://api.github.com${path}`, {
      headers: { Authorization: `Bearer ${tokens.access_token}`, Accept: 'application/vnd.github+json', 'User-Agent': 'plural' },
    })
  const user = (await (await get('/user')).json()) as Record<string, unknown>
  const emails = await get('/user/emails')
  const email = emails.ok ? verifiedPrimaryEmail(await emails.json()) : null
  return { ...user, email, email_verified: email !== null }
}
