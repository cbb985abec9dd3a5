import 'server-only'
import { randomUUID } from 'node:crypto'
import NextAuth, { CredentialsSignin } from 'next-auth'
import type { Provider } from 'next-auth/providers'
import Credentials from 'next-auth/providers/credentials'
import GitHub from 'next-auth/providers/github'
import Google from 'next-auth/providers/google'
import { env } from '@/lib/env'
import { recordAudit, recordAuditForUser } from '@/lib/db/accounts/audit'
import { getLoginThrottle, recordLoginAttempt } from '@/lib/db/accounts/login-attempts'
import { userIdOf } from '@/lib/db/user-id'
import { getUserForSignIn, revokeSession } from '@/lib/db/accounts/users'
import { signInSchema } from '@/lib/schemas/account'
import { checkOAuthSignIn, githubUserinfo, oauthAccountUser } from './oauth'
import { verifyAgainstDummy, verifyPassword } from './password'
import { clientIp } from './request'
import { authorizeSsoTicket, requireSsoAllowsOtherSignIn } from './sso'

/** Carries the wait time to the login form; the code is the only part that reaches the URL. */
class ThrottledSignIn extends CredentialsSignin {
  constructor(minutes: number) {
    super()
    this.code = `throttled_${minutes}`
  }
}

export async function authorizeCredentials(raw: unknown, request: Request) {
  const parsed = signInSchema.safeParse(raw)
  if (!parsed.success) return null
  const { email, password } = parsed.data
  const ip = clientIp(request.headers)
  const throttle = await getLoginThrottle(email, ip)
  if (!throttle.allowed) throw new ThrottledSignIn(throttle.retryInMinutes)

  const user = await getUserForSignIn(email)
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password)
  await recordLoginAttempt(email, ip, ok)
  await requireSsoAllowsOtherSignIn(email, user, ok, ip)
  if (!user || !ok) {
    const event = { action: 'auth.sign_in_failed', targetType: 'user' as const, targetId: email, data: { ip } }
    if (user) await recordAuditForUser(userIdOf(user.id), { ...event, actorId: userIdOf(user.id) })
    else await recordAudit(null, event)
    return null
  }
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion }
}

function providers(): Provider[] {
  const e = env()
  const list: Provider[] = [
    Credentials({ credentials: { email: {}, password: {} }, authorize: authorizeCredentials }),
    // Single sign-on's last step (lib/auth/sso.ts): the SSO callback hands over a single-use ticket.
    Credentials({ id: 'sso', name: 'Single sign-on', credentials: { ticket: {} }, authorize: authorizeSsoTicket }),
  ]
  if (e.GITHUB_CLIENT_ID && e.GITHUB_CLIENT_SECRET) {
    list.push(
      GitHub({
        clientId: e.GITHUB_CLIENT_ID,
        clientSecret: e.GITHUB_CLIENT_SECRET,
        userinfo: { url: 'https://api.github.com/user', request: githubUserinfo },
      }),
    )
  }
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET)
    list.push(Google({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }))
  return list
}

export const oauthProviders = () =>
  providers()
    .map((p) => (typeof p === 'function' ? p() : p))
    .filter((p) => p.type === 'oauth' || p.type === 'oidc')
    .map((p) => ({ id: p.id, name: p.name }))

export const { handlers, signIn, signOut } = NextAuth(() => ({
  secret: env().NEXTAUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  providers: providers(),
  logger: {
    // Auth.js logs expected failures (wrong password) as errors; keep them structured and secret-free.
    error: (error) =>
      console.error(JSON.stringify({ level: 'warn', message: 'auth', name: error.name, type: (error as { type?: string }).type })),
    warn: () => {},
    debug: () => {},
  },
  events: {
    // Signing out clears the cookie, but a copy of the token would stay valid until it expires.
    async signOut(message) {
      const token = 'token' in message ? message.token : null
      if (typeof token?.sid === 'string' && typeof token.exp === 'number') await revokeSession(token.sid, new Date(token.exp * 1000))
    },
  },
  callbacks: {
    // An OAuth identity that is not linked yet needs an e-mail the provider verified.
    async signIn({ account, profile }) {
      return account && account.type !== 'credentials' ? checkOAuthSignIn(account, profile) : true
    },
    async jwt({ token, user, account, profile }) {
      if (account && account.type !== 'credentials') {
        const linked = await oauthAccountUser(account, profile)
        if (!linked) throw new CredentialsSignin('The provider did not verify the e-mail address.') // signIn refused it already
        token.sub = linked.id
        token.sv = linked.sessionVersion
      } else if (user) {
        token.sub = user.id
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0
      }
      // A new sign-in is a new session with its own id, kept across token refreshes, so signing
      // out can revoke this one session (Auth.js's own jti changes on every re-encoding).
      if (account || user) token.sid = randomUUID()
      return token
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub
      ;(session as { sv?: number }).sv = typeof token.sv === 'number' ? token.sv : -1
      return session
    },
  },
}))
