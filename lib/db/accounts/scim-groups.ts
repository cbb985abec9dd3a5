import 'server-only'
import { AppError } from '@/lib/core/app-error'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ScimFilter } from '@/lib/scim/filter'
import type { ScimGroupChange } from '@/lib/scim/patch'
import type { ScimGroupRow } from '@/lib/scim/resources'
import type { ScimGroupInput } from '@/lib/schemas/scim'
import { recordAudit } from './audit'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'

// SCIM Groups (decision 0074) are teams that mirror a group of the identity provider (scimGroup).
// Creating a group whose name a team already has adopts that team. Deleting a group empties the team
// and ends the mirroring; the team itself goes only when it has no sprints (deleting it would take
// their plans and outcomes with it), and otherwise stays as an ordinary team.

const SELECT = {
  id: true,
  name: true,
  scimExternalId: true,
  createdAt: true,
  members: {
    where: { membership: { scimDeletedAt: null } },
    select: { membership: { select: { id: true, user: { select: { name: true } } } } },
  },
} as const

type Row = Prisma.TeamGetPayload<{ select: typeof SELECT }>

const rowOf = (t: Row): ScimGroupRow => ({
  id: t.id,
  displayName: t.name,
  externalId: t.scimExternalId,
  createdAt: t.createdAt,
  members: t.members.map((m) => ({ id: m.membership.id, name: m.membership.user.name })).sort((a, b) => a.id.localeCompare(b.id)),
})

const mirrored = (orgId: OrgId): Prisma.TeamWhereInput => ({ organizationId: orgId, scimGroup: true })

export const SCIM_GROUP_FILTERS = ['displayName', 'externalId'] as const

const filterWhere = (filter: ScimFilter | null): Prisma.TeamWhereInput =>
  !filter
    ? {}
    : filter.attribute === 'externalId'
      ? { scimExternalId: filter.value }
      : { name: { equals: filter.value, mode: 'insensitive' } }

export async function listScimGroups(orgId: OrgId, filter: ScimFilter | null, startIndex: number, count: number) {
  const where = { ...mirrored(orgId), ...filterWhere(filter) }
  const [rows, total] = await Promise.all([
    prisma.team.findMany({ where, select: SELECT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], skip: startIndex - 1, take: count }),
    prisma.team.count({ where }),
  ])
  return { rows: rows.map(rowOf), total }
}

async function findGroup(db: Tx | typeof prisma, orgId: OrgId, id: string) {
  const row = await db.team.findFirst({ where: { id, ...mirrored(orgId) }, select: SELECT })
  if (!row) throw new AppError('NOT_FOUND', `No group with id ${id}.`)
  return row
}

export async function getScimGroup(orgId: OrgId, id: string): Promise<ScimGroupRow> {
  return rowOf(await findGroup(prisma, orgId, id))
}

/** The organisation's provisioned users among `ids`; any other id (unknown, another organisation's, DELETEd) is invalid. */
async function requireUsers(tx: Tx, orgId: OrgId, ids: string[]) {
  const unique = [...new Set(ids)]
  const found = await tx.membership.findMany({
    where: { id: { in: unique }, organizationId: orgId, scimDeletedAt: null },
    select: { id: true },
  })
  const missing = unique.filter((id) => !found.some((f) => f.id === id))
  if (missing.length) throw new AppError('INVALID', `No user with id ${missing.slice(0, 3).join(', ')}.`)
  return unique
}

async function applyChange(tx: Tx, orgId: OrgId, tokenId: string, teamId: string, change: ScimGroupChange) {
  if (change.displayName !== undefined || change.externalId !== undefined)
    await tx.team.update({
      where: { id: teamId },
      data: {
        ...(change.displayName !== undefined ? { name: change.displayName } : {}),
        ...(change.externalId !== undefined ? { scimExternalId: change.externalId } : {}),
      },
    })
  if (change.replace) await tx.teamMember.deleteMany({ where: { organizationId: orgId, teamId } })
  const add = await requireUsers(tx, orgId, [...(change.replace ?? []), ...change.add])
  const remove = await requireUsers(tx, orgId, change.remove)
  if (add.length)
    await tx.teamMember.createMany({
      data: add.map((membershipId) => ({ organizationId: orgId, teamId, membershipId })),
      skipDuplicates: true,
    })
  if (remove.length) await tx.teamMember.deleteMany({ where: { organizationId: orgId, teamId, membershipId: { in: remove } } })
  await recordAudit(
    orgId,
    { action: 'scim.group-updated', targetType: 'team', targetId: teamId, data: { tokenId, added: add.length, removed: remove.length } },
    tx,
  )
}

export async function createScimGroup(orgId: OrgId, tokenId: string, input: ScimGroupInput): Promise<ScimGroupRow> {
  return prisma.$transaction(async (tx) => {
    const named = await tx.team.findFirst({
      where: { organizationId: orgId, name: { equals: input.displayName, mode: 'insensitive' } },
      select: { id: true, scimGroup: true },
    })
    if (named?.scimGroup) throw new AppError('CONFLICT', `A group named ${input.displayName} already exists.`)
    const data = { scimGroup: true, scimExternalId: input.externalId ?? null }
    const team = named
      ? await tx.team.update({ where: { id: named.id }, data, select: { id: true } })
      : await tx.team.create({ data: { organizationId: orgId, name: input.displayName, ...data }, select: { id: true } })
    await recordAudit(
      orgId,
      { action: named ? 'scim.group-adopted' : 'scim.group-created', targetType: 'team', targetId: team.id, data: { tokenId } },
      tx,
    )
    await applyChange(tx, orgId, tokenId, team.id, { add: [], remove: [], replace: (input.members ?? []).map((m) => m.value) })
    return rowOf(await findGroup(tx, orgId, team.id))
  })
}

/** PATCH: the name, external id and members the operations name. */
export async function updateScimGroup(orgId: OrgId, tokenId: string, id: string, change: ScimGroupChange): Promise<ScimGroupRow> {
  return prisma.$transaction(async (tx) => {
    const team = await findGroup(tx, orgId, id)
    await applyChange(tx, orgId, tokenId, team.id, change)
    return rowOf(await findGroup(tx, orgId, id))
  })
}

/** PUT: the whole group; members left out leave the team. */
export async function replaceScimGroup(orgId: OrgId, tokenId: string, id: string, input: ScimGroupInput): Promise<ScimGroupRow> {
  const members = (input.members ?? []).map((m) => m.value)
  return updateScimGroup(orgId, tokenId, id, {
    displayName: input.displayName,
    externalId: input.externalId ?? null,
    add: [],
    remove: [],
    replace: members,
  })
}

export async function deleteScimGroup(orgId: OrgId, tokenId: string, id: string) {
  await prisma.$transaction(async (tx) => {
    const team = await findGroup(tx, orgId, id)
    await tx.teamMember.deleteMany({ where: { organizationId: orgId, teamId: team.id } })
    const sprints = await tx.sprint.count({ where: { organizationId: orgId, teamId: team.id } })
    if (sprints === 0) await tx.team.delete({ where: { id: team.id } })
    else await tx.team.update({ where: { id: team.id }, data: { scimGroup: false, scimExternalId: null } })
    await recordAudit(
      orgId,
      { action: 'scim.group-deleted', targetType: 'team', targetId: team.id, data: { tokenId, teamKept: sprints > 0 } },
      tx,
    )
  })
}
