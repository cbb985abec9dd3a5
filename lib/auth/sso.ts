import 'server-only'
import { CredentialsSignin } from 'next-auth'
import { z } from 'zod'
import { emailDomain, hashSsoSecret } from '@/lib/accounts/sso'
import { getSsoRequirement, recordSsoBreakGlass, redeemSsoTicket } from '@/lib/db/accounts/sso-sign-in'
import { userIdOf } from '@/lib/db/user-id'
import { SSO_ERRORS } from './sign-in-errors'

// Single sign-on's two hooks into next-auth: the "sso" provider that turns a ticket from the SSO callback
// into the same JWT session every sign-in gets, and the "Require SSO" check on password sign-ins.

/** Carries "use SSO" to the sign-in form; the code is the only part that reaches the URL. */
export class SsoRequiredSignIn extends CredentialsSignin {
  code = SSO_ERRORS.required
}

const ticketSchema = z.object({ ticket: z.string().min(20).max(200) })

/** The "sso" provider's authorize: a ticket the callback issued, redeemed once, names the user. */
export async function authorizeSsoTicket(raw: unknown) {
  const parsed = ticketSchema.safeParse(raw)
  if (!parsed.success) return null
  const user = await redeemSsoTicket(hashSsoSecret(parsed.data.ticket))
  return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null
}

/**
 * Under "Require SSO" a password (or GitHub/Google) sign-in with an e-mail of the organisation's verified
 * domains is refused, except for the organisation's owners with the right credentials: their break-glass
 * path when the IdP is down or misconfigured, audited every time. Throws SsoRequiredSignIn.
 */
export async function requireSsoAllowsOtherSignIn(email: string, user: { id: string } | null, credentialsOk: boolean, ip: string) {
  const domain = emailDomain(email)
  const requirement = domain ? await getSsoRequirement(domain, user?.id ?? null) : null
  if (!requirement) return
  if (!user || !credentialsOk || !requirement.isOwner) throw new SsoRequiredSignIn()
  await recordSsoBreakGlass(requirement.orgId, userIdOf(user.id), ip)
}
