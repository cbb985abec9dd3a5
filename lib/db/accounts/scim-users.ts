import 'server-only'
import { AppError } from '@/lib/core/app-error'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ScimFilter } from '@/lib/scim/filter'
import type { ScimUserChange } from '@/lib/scim/patch'
import { displayNameOf, signInEmailOf, type ScimUserRow } from '@/lib/scim/resources'
import type { ScimUserInput } from '@/lib/schemas/scim'
import { recordAudit } from './audit'
import { deactivateMembership, reactivateMembership } from './deactivation'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'

// SCIM Users (decision 0074): a User is a membership of the token's organisation, its id the
// membership's. Every member is one (so a provider's "userName eq" finds people who joined before
// provisioning and links them), except those the provider DELETEd, which stay as history only.

const SELECT = {
  id: true,
  createdAt: true,
  deactivatedAt: true,
  scimExternalId: true,
  givenName: true,
  familyName: true,
  userId: true,
  user: { select: { email: true, name: true } },
} as const

type Row = Prisma.MembershipGetPayload<{ select: typeof SELECT }>

const rowOf = (m: Row): ScimUserRow => ({
  id: m.id,
  email: m.user.email,
  name: m.user.name,
  givenName: m.givenName,
  familyName: m.familyName,
  externalId: m.scimExternalId,
  active: m.deactivatedAt === null,
  createdAt: m.createdAt,
  updatedAt: m.deactivatedAt ?? m.createdAt,
})

const provisioned = (orgId: OrgId): Prisma.MembershipWhereInput => ({ organizationId: orgId, scimDeletedAt: null })

export const SCIM_USER_FILTERS = ['userName', 'externalId', 'emails.value'] as const

function filterWhere(filter: ScimFilter | null): Prisma.MembershipWhereInput {
  if (!filter) return {}
  if (filter.attribute === 'externalId') return { scimExternalId: filter.value }
  return { user: { email: { equals: filter.value, mode: 'insensitive' } } }
}

export async function listScimUsers(orgId: OrgId, filter: ScimFilter | null, startIndex: number, count: number) {
  const where = { ...provisioned(orgId), ...filterWhere(filter) }
  const [rows, total] = await Promise.all([
    prisma.membership.findMany({
      where,
      select: SELECT,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: startIndex - 1,
      take: count,
    }),
    prisma.membership.count({ where }),
  ])
  return { rows: rows.map(rowOf), total }
}

async function findUser(db: Tx | typeof prisma, orgId: OrgId, id: string) {
  const row = await db.membership.findFirst({ where: { id, ...provisioned(orgId) }, select: SELECT })
  if (!row) throw new AppError('NOT_FOUND', `No user with id ${id}.`)
  return row
}

export async function getScimUser(orgId: OrgId, id: string): Promise<ScimUserRow> {
  return rowOf(await findUser(prisma, orgId, id))
}

function requireEmail(input: Pick<ScimUserInput, 'userName' | 'emails'>): string {
  const email = signInEmailOf(input)
  if (!email) throw new AppError('INVALID', 'userName (or a primary e-mail) must be the e-mail address the person signs in with.')
  return email
}

/**
 * Provisions a person: their Plural account (found by e-mail, or made without a password: they sign
 * in with single sign-on or reset one) joins the organisation as an ENGINEER. A person the provider
 * DELETEd before comes back with their history; one who is a member already is a uniqueness conflict.
 */
export async function createScimUser(orgId: OrgId, tokenId: string, input: ScimUserInput): Promise<ScimUserRow> {
  const email = requireEmail(input)
  return prisma.$transaction(async (tx) => {
    const user =
      (await tx.user.findFirst({ where: { email: { equals: email, mode: 'insensitive' } }, select: { id: true } })) ??
      (await tx.user.create({ data: { email, name: displayNameOf(input, email), passwordHash: null }, select: { id: true } }))
    const existing = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: orgId, userId: user.id } },
      select: { id: true, scimDeletedAt: true },
    })
    if (existing && !existing.scimDeletedAt) throw new AppError('CONFLICT', `A user with userName ${email} already exists.`)
    const fields = {
      scimExternalId: input.externalId ?? null,
      givenName: input.name?.givenName ?? null,
      familyName: input.name?.familyName ?? null,
    }
    const membership = existing
      ? await tx.membership.update({ where: { id: existing.id }, data: { ...fields, scimDeletedAt: null }, select: { id: true } })
      : await tx.membership.create({ data: { organizationId: orgId, userId: user.id, role: 'ENGINEER', ...fields }, select: { id: true } })
    const cause = { source: 'scim', tokenId } as const
    if (input.active === false) await deactivateMembership(tx, orgId, membership.id, cause)
    else await reactivateMembership(tx, orgId, membership.id, cause)
    await recordAudit(
      orgId,
      {
        action: existing ? 'scim.user-restored' : 'scim.user-created',
        targetType: 'membership',
        targetId: membership.id,
        data: { tokenId },
      },
      tx,
    )
    return rowOf(await findUser(tx, orgId, membership.id))
  })
}

/** The name and e-mail are the person's own across organisations: one organisation's provider changes them only for people in no other. */
async function isOnlyHere(tx: Tx, orgId: OrgId, userId: string) {
  return (await tx.membership.count({ where: { userId, organizationId: { not: orgId } } })) === 0
}

function nameAfter(member: Row, change: ScimUserChange) {
  const givenName = change.givenName === undefined ? member.givenName : change.givenName
  const familyName = change.familyName === undefined ? member.familyName : change.familyName
  const named = change.formatted !== undefined || change.givenName !== undefined || change.familyName !== undefined
  const parts = { formatted: change.formatted ?? undefined, givenName: givenName ?? undefined, familyName: familyName ?? undefined }
  return { givenName, familyName, name: named ? displayNameOf({ name: parts }, member.user.email) : member.user.name }
}

async function applyChange(tx: Tx, orgId: OrgId, tokenId: string, member: Row, change: ScimUserChange) {
  const email = change.userName !== undefined ? signInEmailOf({ userName: change.userName }) : change.email?.toLowerCase()
  if ((change.userName !== undefined || change.email !== undefined) && !email)
    throw new AppError('INVALID', 'userName must be the e-mail address the person signs in with.')
  const { givenName, familyName, name } = nameAfter(member, change)
  const onlyHere = await isOnlyHere(tx, orgId, member.userId)
  if (email && email !== member.user.email.toLowerCase()) {
    if (!onlyHere) throw new AppError('INVALID', 'userName cannot change: this person also belongs to another organisation.')
    const taken = await tx.user.findFirst({
      where: { email: { equals: email, mode: 'insensitive' }, id: { not: member.userId } },
      select: { id: true },
    })
    if (taken) throw new AppError('CONFLICT', `Another user has userName ${email}.`)
    await tx.user.update({ where: { id: member.userId }, data: { email } })
  }
  // Someone who is also in another organisation keeps the name they have there; this one keeps the parts.
  if (name !== member.user.name && onlyHere) await tx.user.update({ where: { id: member.userId }, data: { name } })
  await tx.membership.update({
    where: { id: member.id },
    data: { givenName, familyName, ...(change.externalId !== undefined ? { scimExternalId: change.externalId } : {}) },
  })
  const cause = { source: 'scim', tokenId } as const
  if (change.active === false) await deactivateMembership(tx, orgId, member.id, cause)
  if (change.active === true) await reactivateMembership(tx, orgId, member.id, cause)
  await recordAudit(
    orgId,
    { action: 'scim.user-updated', targetType: 'membership', targetId: member.id, data: { tokenId, attributes: Object.keys(change) } },
    tx,
  )
}

/** PATCH: the attributes the operations name. */
export async function updateScimUser(orgId: OrgId, tokenId: string, id: string, change: ScimUserChange): Promise<ScimUserRow> {
  return prisma.$transaction(async (tx) => {
    await applyChange(tx, orgId, tokenId, await findUser(tx, orgId, id), change)
    return rowOf(await findUser(tx, orgId, id))
  })
}

/** PUT: the whole resource; an attribute left out is cleared, except active, which stays as it was when absent. */
export async function replaceScimUser(orgId: OrgId, tokenId: string, id: string, input: ScimUserInput): Promise<ScimUserRow> {
  const change: ScimUserChange = {
    userName: requireEmail(input),
    externalId: input.externalId ?? null,
    givenName: input.name?.givenName ?? null,
    familyName: input.name?.familyName ?? null,
    formatted: input.name?.formatted ?? input.displayName ?? null,
    ...(input.active !== undefined ? { active: input.active } : {}),
  }
  return updateScimUser(orgId, tokenId, id, change)
}

/**
 * DELETE: the person is deactivated (access and sessions end), leaves every team, and is no longer
 * a SCIM resource (404 from now on); their plans, assignments and outcomes keep their name.
 */
export async function deleteScimUser(orgId: OrgId, tokenId: string, id: string) {
  await prisma.$transaction(async (tx) => {
    const member = await findUser(tx, orgId, id)
    await deactivateMembership(tx, orgId, member.id, { source: 'scim', tokenId })
    await tx.teamMember.deleteMany({ where: { organizationId: orgId, membershipId: member.id } })
    await tx.membership.update({ where: { id: member.id }, data: { scimDeletedAt: new Date(), scimExternalId: null } })
    await recordAudit(orgId, { action: 'scim.user-deleted', targetType: 'membership', targetId: member.id, data: { tokenId } }, tx)
  })
}
