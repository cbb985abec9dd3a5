import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import { prisma, type Tx } from './client'
import type { OrgId } from './org-id'

export type AuditInput = {
  actorId?: string | null
  action: string
  targetType?: string
  targetId?: string
  data?: Prisma.InputJsonValue
}

/** Records an event; pass `tx` so the event commits (or rolls back) with the change it describes. */
export async function recordAudit(orgId: OrgId | null, event: AuditInput, tx: Tx | typeof prisma = prisma) {
  await tx.auditEvent.create({ data: { organizationId: orgId, ...event } })
}

export type AuditFilter = { action?: string; actorId?: string; from?: Date; to?: Date; page?: number }
export const AUDIT_PAGE_SIZE = 50

export async function listAuditEvents(orgId: OrgId, filter: AuditFilter = {}) {
  const where: Prisma.AuditEventWhereInput = {
    organizationId: orgId,
    ...(filter.action ? { action: { contains: filter.action } } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.from || filter.to ? { createdAt: { gte: filter.from, lte: filter.to } } : {}),
  }
  const page = Math.max(1, filter.page ?? 1)
  const [events, total] = await Promise.all([
    prisma.auditEvent.findMany({ where, orderBy: { createdAt: 'desc' }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    prisma.auditEvent.count({ where }),
  ])
  return { events, total, page }
}

/** The distinct actions recorded in the organisation, for the audit log's filter. */
export async function listAuditActions(orgId: OrgId): Promise<string[]> {
  const rows = await prisma.auditEvent.findMany({ where: { organizationId: orgId }, distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } })
  return rows.map((r) => r.action)
}

/** Audit events recorded for several organisations at once (events about one user, e.g. a password change). */
export async function recordAuditForOrgs(orgIds: OrgId[], event: AuditInput) {
  await Promise.all(orgIds.length ? orgIds.map((id) => recordAudit(id, event)) : [recordAudit(null, event)])
}
