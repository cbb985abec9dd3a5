import 'server-only'
import { recordAudit } from '@/lib/db/accounts/audit'
import { getConnectionForSync } from '@/lib/db/connectors/connections'
import { listWriteBackTargets, type WriteBackTarget } from '@/lib/db/connectors/write-back'
import type { OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import { trackerClientFor } from './connect'
import { TrackerError } from './http'

// On publish, connections with write-back on set each planned assignee upstream, matching people by
// e-mail. Who could not be matched is reported (per connection, in the audit log and the answer),
// never guessed. A tracker failing stops that connection's write-back only; the publish stands.

export type WriteBackReport = { connectionId: string; assigned: number; unmatched: string[]; failure: string | null }

async function writeBackConnection(orgId: OrgId, connectionId: string, targets: WriteBackTarget[]): Promise<WriteBackReport> {
  const report: WriteBackReport = { connectionId, assigned: 0, unmatched: [], failure: null }
  try {
    const client = trackerClientFor(await getConnectionForSync(orgId, connectionId))
    const people = new Map<string, string | null>()
    for (const target of targets) {
      if (!people.has(target.email)) people.set(target.email, await client.findUser(target.email))
      const userRef = people.get(target.email)
      if (!userRef) continue
      await client.assign(target.upstreamId, userRef)
      report.assigned++
    }
    report.unmatched = [...people].filter(([, ref]) => !ref).map(([email]) => email)
  } catch (error) {
    if (!(error instanceof TrackerError)) throw error
    report.failure = error.failure
  }
  return report
}

export async function writeBackAssignees(orgId: OrgId, actorId: UserId | null, planId: string): Promise<WriteBackReport[]> {
  const byConnection = new Map<string, WriteBackTarget[]>()
  for (const target of await listWriteBackTargets(orgId, planId))
    byConnection.set(target.connectionId, [...(byConnection.get(target.connectionId) ?? []), target])
  const reports: WriteBackReport[] = []
  for (const [connectionId, targets] of byConnection) {
    const report = await writeBackConnection(orgId, connectionId, targets)
    reports.push(report)
    const { assigned, unmatched, failure } = report
    await recordAudit(orgId, {
      actorId,
      action: 'connector.write-back',
      targetType: 'tracker-connection',
      targetId: connectionId,
      data: { planId, assigned, unmatched, failure },
    })
  }
  return reports
}
