import { describe, expect, it } from 'vitest'
import { listAuditActions, listAuditEvents, recordAudit } from '@/lib/db/audit'
import { auditFilterSchema } from '@/lib/schemas/org'
import { createTestOrg } from '../../support/factories'

describe('audit log', () => {
  it('filters by action, actor and date range, pages, and stays inside the organisation', async () => {
    const org = await createTestOrg()
    const other = await createTestOrg()
    const owner = org.members.OWNER.userId
    await recordAudit(org.orgId, { actorId: owner, action: 'member.role_changed' })
    await recordAudit(org.orgId, { actorId: org.members.ADMIN.userId, action: 'invitation.created' })
    await recordAudit(other.orgId, { actorId: other.members.OWNER.userId, action: 'invitation.created' })

    const invitations = await listAuditEvents(org.orgId, { action: 'invitation.created' })
    expect(invitations.events.map((e) => e.actorId)).toEqual([org.members.ADMIN.userId])
    const byOwner = await listAuditEvents(org.orgId, { actorId: owner })
    expect(byOwner.events.map((e) => e.action).sort()).toEqual(['member.role_changed', 'organization.created'])
    expect((await listAuditEvents(org.orgId, { from: new Date(Date.now() + 86_400_000) })).total).toBe(0)
    expect((await listAuditEvents(org.orgId, { to: new Date(Date.now() - 86_400_000) })).total).toBe(0)
    expect((await listAuditEvents(org.orgId, { page: 2 })).events).toEqual([])
    expect(await listAuditActions(org.orgId)).toEqual(['invitation.created', 'member.role_changed', 'organization.created'])
  })

  it('drops malformed filter values instead of failing the page', () => {
    expect(auditFilterSchema.parse({ action: 'team.created', from: 'yesterday', to: '2026-02-30x', page: '-3', actor: ['a', 'b'] })).toEqual({ action: 'team.created' })
    expect(auditFilterSchema.parse({ from: '2026-01-31', page: '2' })).toEqual({ from: '2026-01-31', page: 2 })
  })
})
