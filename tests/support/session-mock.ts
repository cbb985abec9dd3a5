// Replaces lib/auth/session.ts in integration tests: a test says who is signed in.
type Session = { userId: string; sessionVersion: number } | null

const state: { session: Session; org?: string; ssoState?: string } = { session: null }

export function actAs(session: Session, organizationId?: string) {
  state.session = session
  state.org = organizationId
}

export const sessionModule = {
  ORG_COOKIE: 'plural-org',
  // Every mocked sign-in is one session that nobody signed out.
  readSession: async () => (state.session ? { ...state.session, sessionId: 'test-session' } : null),
  readOrgChoice: async () => state.org,
  writeOrgChoice: async (organizationId: string) => {
    state.org = organizationId
  },
  // Like a real sign-in: the new session carries the user's current session version.
  startSession: async (email: string) => {
    const { prisma } = await import('@/lib/db/client')
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } })
    state.session = { userId: user.id, sessionVersion: user.sessionVersion }
  },
  // Like next-auth's "sso" provider: the real ticket redemption decides who is signed in.
  startSsoSession: async (ticket: string) => {
    const { authorizeSsoTicket } = await import('@/lib/auth/sso')
    const user = await authorizeSsoTicket({ ticket })
    if (!user) throw new Error('CredentialsSignin: the SSO ticket was refused')
    state.session = { userId: user.id, sessionVersion: user.sessionVersion }
  },
  writeSsoState: async (ssoState: string) => {
    state.ssoState = ssoState
  },
  takeSsoState: async () => {
    const taken = state.ssoState
    state.ssoState = undefined
    return taken
  },
  endSession: async () => {
    state.session = null
  },
}

/** Who the mocked session currently is (tests check that a session survived or ended). */
export const currentSession = () => state.session

/** Puts a state cookie in the mocked browser (a test replaying another browser's callback). */
export const setSsoStateCookie = (value: string | undefined) => {
  state.ssoState = value
}
