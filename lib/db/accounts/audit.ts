import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import { prisma, type Tx } from '../client'
import { listOrgIdsOfMember, type OrgId } from '../org-id'
import type { UserId } from '../user-id'

/** What an event is about, spelled one way (kebab-case, like the actions) so the log reads and filters alike. */
type AuditTargetType =
  | 'organization'
  | 'membership'
  | 'invitation'
  | 'user'
  | 'team'
  | 'sprint'
  | 'plan'
  | 'work-item'
  | 'work-type-policy'
  | 'survey-response'
  | 'tracker-connection'
  | 'api-token'
  | 'webhook-endpoint'
  | 'scim-token'
  | 'sso-connection'
  | 'sso-domain'

export type AuditInput = {
  /** The acting user's id (never a membership id: the log names and filters actors by user); null for the system. */
  actorId?: UserId | null
  action: string
  targetType?: AuditTargetType
  targetId?: string
  data?: Prisma.InputJsonValue
}

/** Records an event; pass `tx` so the event commits (or rolls back) with the change it describes. */
export async function recordAudit(orgId: OrgId | null, event: AuditInput, tx: Tx | typeof prisma = prisma) {
  await tx.auditEvent.create({ data: { organizationId: orgId, ...event } })
}

type AuditFilter = { action?: string; actorId?: string; from?: Date; to?: Date; page?: number }
export const AUDIT_PAGE_SIZE = 50

export async function listAuditEvents(orgId: OrgId, filter: AuditFilter = {}) {
  const where: Prisma.AuditEventWhereInput = {
    organizationId: orgId,
    ...(filter.action ? { action: { contains: filter.action } } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.from || filter.to ? { createdAt: { gte: filter.from, lte: filter.to } } : {}),
  }
  const page = Math.max(1, filter.page ?? 1)
  const [rows, total] = await Promise.all([
    prisma.auditEvent.findMany({ where, orderBy: { createdAt: 'desc' }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    prisma.auditEvent.count({ where }),
  ])
  const actorIds = [...new Set(rows.flatMap((e) => (e.actorId ? [e.actorId] : [])))]
  const actors = actorIds.length
    ? await prisma.membership.findMany({
        where: { organizationId: orgId, userId: { in: actorIds } },
        select: { userId: true, user: { select: { name: true } } },
      })
    : []
  const names = new Map(actors.map((m) => [m.userId, m.user.name]))
  // actorName is null for the system and for people who have left the organisation.
  const events = rows.map((e) => ({ ...e, actorName: e.actorId ? (names.get(e.actorId) ?? null) : null }))
  return { events, total, page }
}

/** The distinct actions recorded in the organisation, for the audit log's filter. */
export async function listAuditActions(orgId: OrgId): Promise<string[]> {
  const rows = await prisma.auditEvent.findMany({
    where: { organizationId: orgId },
    distinct: ['action'],
    select: { action: true },
    orderBy: { action: 'asc' },
  })
  return rows.map((r) => r.action)
}

/**
 * An event about one user (a password change, a failed sign-in) goes to every organisation they
 * belong to, so each organisation's admins see it; without a membership it is recorded without one.
 */
export async function recordAuditForUser(userId: UserId, event: AuditInput) {
  const orgIds = await listOrgIdsOfMember(userId)
  await Promise.all(orgIds.length ? orgIds.map((id) => recordAudit(id, event)) : [recordAudit(null, event)])
}
