import { describe, expect, it } from 'vitest'
import { deleteOrganizationAction } from '@/app/(app)/settings/data/actions'
import { GET as exportRoute } from '@/app/api/organization/export/route'
import { prisma } from '@/lib/db/client'
import { createTestOrg, signInAs } from '../../support/factories'

const TENANT_TABLES = [
  'membership', 'team', 'teamMember', 'engineerProfile', 'surveyResponse', 'pulseResponse', 'workTypePolicy', 'sprint',
  'availability', 'workItem', 'plan', 'assignment', 'outcome', 'invitation', 'auditEvent', 'notification',
] as const

async function countRows(organizationId: string) {
  const counts: Record<string, number> = {}
  for (const table of TENANT_TABLES) {
    counts[table] = await (prisma[table] as unknown as { count: (a: object) => Promise<number> }).count({ where: { organizationId } })
  }
  return counts
}

async function fillOrg(orgId: string, teamId: string, membershipId: string) {
  const sprint = await prisma.sprint.create({ data: { organizationId: orgId, teamId, name: 'S1', startDate: new Date('2026-01-05'), endDate: new Date('2026-01-16') } })
  const item = await prisma.workItem.create({ data: { organizationId: orgId, sprintId: sprint.id, title: 'Secret roadmap item', type: 'ARCHITECTURE', hours: 5, priority: 2 } })
  const plan = await prisma.plan.create({ data: { organizationId: orgId, sprintId: sprint.id, version: 1, objective: 3 } })
  await prisma.assignment.create({ data: { organizationId: orgId, planId: plan.id, workItemId: item.id, membershipId, mode: 'craft', fit: 0.6, value: 3 } })
  await prisma.invitation.create({ data: { organizationId: orgId, email: 'x@example.test', role: 'ENGINEER', tokenHash: `hash-${orgId}`, expiresAt: new Date(Date.now() + 86_400_000) } })
}

describe('organisation data ownership', () => {
  it('lets the OWNER export everything as JSON, without password hashes or token hashes', async () => {
    const org = await createTestOrg()
    await fillOrg(org.orgId, org.teamId, org.members.ENGINEER.membershipId)
    await signInAs(org.members.OWNER)
    const response = await exportRoute(new Request('http://test/api/organization/export'), { params: Promise.resolve({}) })
    expect(response.status).toBe(200)
    const text = await response.text()
    const data = JSON.parse(text)
    expect(data.workItems.map((w: { title: string }) => w.title)).toEqual(['Secret roadmap item'])
    expect(data.memberships).toHaveLength(5)
    expect(text).not.toMatch(/passwordHash|tokenHash/)
  })

  it('refuses the export and deletion to admins, who are not owners', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.ADMIN)
    const response = await exportRoute(new Request('http://test/api/organization/export'), { params: Promise.resolve({}) })
    expect(response.status).toBe(403)
    expect(await deleteOrganizationAction({ confirmation: 'x' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('deletes every row of the organisation after a typed confirmation, and nothing of other organisations', async () => {
    const org = await createTestOrg('Doomed Inc')
    const other = await createTestOrg()
    await fillOrg(org.orgId, org.teamId, org.members.ENGINEER.membershipId)
    await fillOrg(other.orgId, other.teamId, other.members.ENGINEER.membershipId)
    const otherBefore = await countRows(other.orgId)
    await signInAs(org.members.OWNER)

    expect(await deleteOrganizationAction({ confirmation: 'Doomed' })).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { confirmation: [expect.stringContaining('Doomed Inc')] } })
    expect((await countRows(org.orgId)).workItem).toBe(1)

    await expect(deleteOrganizationAction({ confirmation: 'Doomed Inc' })).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') })
    expect(await prisma.organization.findUnique({ where: { id: org.orgId } })).toBeNull()
    expect(Object.values(await countRows(org.orgId)).every((n) => n === 0)).toBe(true)
    expect(await countRows(other.orgId)).toEqual(otherBefore)
  })
})
