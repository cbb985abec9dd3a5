import { describe, expect, it } from 'vitest'
import { GET as health } from '@/app/api/health/route'
import { prisma } from '@/lib/db/client'
import { listAppliedMigrations } from '@/lib/db/health'
import { createTestOrg } from '../support/factories'

describe('foundation', () => {
  it('reports app and database status from /api/health', async () => {
    const response = await health()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', app: 'ok', database: 'ok' })
  })

  it('runs against a fully migrated database', async () => {
    const applied = await listAppliedMigrations()
    expect(applied.some((name) => name.endsWith('_init'))).toBe(true)
  })

  it('creates an organisation with its owner and the default policy in one go', async () => {
    const org = await createTestOrg()
    const policies = await prisma.workTypePolicy.findMany({ where: { organizationId: org.orgId } })
    expect(policies).toHaveLength(12)
    expect(policies.find((p) => p.workType === 'SECURITY_AUTH')?.mode).toBe('craft')
    const owner = await prisma.membership.findFirst({ where: { organizationId: org.orgId, role: 'OWNER' } })
    expect(owner?.userId).toBe(org.members.OWNER.userId)
  })
})
