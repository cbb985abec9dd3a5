import { randomBytes } from 'node:crypto'
import type { Role } from '@/lib/core/permissions'
import { prisma } from '@/lib/db/client'
import { createOrganization } from '@/lib/db/accounts/organizations'
import { orgIdFromMembership, type OrgId } from '@/lib/db/org-id'
import { userIdOf, type UserId } from '@/lib/db/user-id'
import { actAs } from './session-mock'

// Test data builders: every test makes its own organisation and people, so tests never depend
// on each other's rows or on data from an earlier run.

export type TestMember = { userId: UserId; membershipId: string; email: string; role: Role }
export type TestOrg = { orgId: OrgId; members: Record<Role, TestMember>; teamId: string }

const unique = () => randomBytes(4).toString('hex')

export async function createUser(name = 'Test User') {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${unique()}@example.test`
  const user = await prisma.user.create({ data: { email, name, passwordHash: null } })
  return { ...user, id: userIdOf(user.id) }
}

/** An organisation with one member per role (all on one team), created as a real OWNER would. */
export async function createTestOrg(name = `Org ${unique()}`): Promise<TestOrg> {
  const owner = await createUser('Owner')
  const { organizationId, membershipId } = await createOrganization(owner.id, name)
  const orgId = await orgIdFromMembership(owner.id, organizationId)
  const team = await prisma.team.create({ data: { organizationId, name: 'Core' } })
  const members = { OWNER: { userId: owner.id, membershipId, email: owner.email, role: 'OWNER' } } as Record<Role, TestMember>
  for (const role of ['ADMIN', 'MANAGER', 'LEAD', 'ENGINEER'] as const) {
    const user = await createUser(role)
    const m = await prisma.membership.create({ data: { organizationId, userId: user.id, role } })
    await prisma.teamMember.create({ data: { organizationId, teamId: team.id, membershipId: m.id } })
    members[role] = { userId: user.id, membershipId: m.id, email: user.email, role }
  }
  return { orgId, members, teamId: team.id }
}

/** Signs the member in for the following server calls (their organisation is the current one). */
export async function signInAs(member: Pick<TestMember, 'userId'>, orgId?: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: member.userId }, select: { sessionVersion: true } })
  actAs({ userId: member.userId, sessionVersion: user.sessionVersion }, orgId)
}

export const signOut = () => actAs(null)
