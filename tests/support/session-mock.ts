// Replaces lib/auth/session.ts in integration tests: a test says who is signed in.
type Session = { userId: string; sessionVersion: number } | null

const state: { session: Session; org?: string } = { session: null }

export function actAs(session: Session, organizationId?: string) {
  state.session = session
  state.org = organizationId
}

export const sessionModule = {
  ORG_COOKIE: 'plural-org',
  readSession: async () => state.session,
  readOrgChoice: async () => state.org,
  writeOrgChoice: async (organizationId: string) => {
    state.org = organizationId
  },
}
