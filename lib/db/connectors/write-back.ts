import 'server-only'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

// What publishing a plan would write back upstream: for each connection that has write-back on, the
// plan's assigned items it synced (still open upstream), with the e-mail of the planned engineer.

export type WriteBackTarget = { connectionId: string; upstreamId: string; externalKey: string; email: string }

export async function listWriteBackTargets(orgId: OrgId, planId: string): Promise<WriteBackTarget[]> {
  const rows = await prisma.assignment.findMany({
    where: {
      organizationId: orgId,
      planId,
      membershipId: { not: null },
      workItem: { syncedItem: { upstreamState: 'open', connection: { writeBack: true, organizationId: orgId } } },
    },
    select: {
      membership: { select: { user: { select: { email: true } } } },
      workItem: { select: { externalKey: true, syncedItem: { select: { connectionId: true, upstreamId: true } } } },
    },
  })
  return rows.flatMap((row) => {
    const link = row.workItem.syncedItem
    const email = row.membership?.user.email
    return link && email
      ? [{ connectionId: link.connectionId, upstreamId: link.upstreamId, externalKey: row.workItem.externalKey ?? '', email }]
      : []
  })
}

/** The last write-back report of each connection, from the audit log (settings shows who was not matched). */
export async function listLastWriteBacks(orgId: OrgId) {
  const events = await prisma.auditEvent.findMany({
    where: { organizationId: orgId, action: 'connector.write-back' },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { targetId: true, createdAt: true, data: true },
  })
  const last = new Map<string, { at: Date; assigned: number; unmatched: string[]; failure: string | null }>()
  for (const event of events)
    if (!last.has(event.targetId)) {
      const data = event.data as { assigned?: number; unmatched?: string[]; failure?: string | null }
      last.set(event.targetId, {
        at: event.createdAt,
        assigned: data.assigned ?? 0,
        unmatched: data.unmatched ?? [],
        failure: data.failure ?? null,
      })
    }
  return last
}
