import { describe, expect, it, vi } from 'vitest'
import type * as Audit from '@/lib/db/accounts/audit'
import type * as PlannerBulk from '@/lib/db/planner/bulk'
import { faultyDatabase } from '../../support/faulty-database'

// Connections to Postgres die in the middle of the two big writes: saving a plan version (plan
// row + every assignment + audit) and a 2,000-row CSV import (one upsert + audit). Whatever the
// moment, the write is all or nothing: a plan version exists with all its assignments or not at
// all, and an import's rows either all exist or none do.

/** A fault to inject at a precise point inside the transaction (after the rows, before COMMIT). */
const fault = vi.hoisted(() => ({ afterAssignments: false, afterImportAudit: false, drop: () => {} }))

vi.mock('@/lib/db/planner/bulk', async (importOriginal) => {
  const real = await importOriginal<typeof PlannerBulk>()
  return {
    ...real,
    insertAssignments: async (...args: Parameters<typeof real.insertAssignments>) => {
      await real.insertAssignments(...args)
      if (fault.afterAssignments) fault.drop()
    },
  }
})
vi.mock('@/lib/db/accounts/audit', async (importOriginal) => {
  const real = await importOriginal<typeof Audit>()
  return {
    ...real,
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      await real.recordAudit(...args)
      if (fault.afterImportAudit && args[1].action === 'work-items.imported') fault.drop()
    },
  }
})

const { settled, attempt } = faultyDatabase((drop) => (fault.drop = drop))

const DELAYS_MS = [0, 1, 3, 6, 10, 15, 25, 40, 60, 90, 130, 200]

describe('plan save under dropped connections', () => {
  it('a plan version has all of its assignments or does not exist', async () => {
    const { prisma } = await import('@/lib/db/client')
    const { createPlan } = await import('@/lib/db/planner/plans')
    const { createPlanningOrg } = await import('../planner/fixtures')
    const org = await createPlanningOrg()
    // A sprint big enough that the save takes a while: 80 more items.
    await prisma.workItem.createMany({
      data: Array.from({ length: 80 }, (_, i) => ({
        organizationId: org.orgId,
        teamId: org.teamId,
        sprintId: org.sprintId,
        title: `Load ${i}`,
        type: 'CRUD_SCAFFOLDING' as const,
        hours: 1 + (i % 4),
        priority: 1 + (i % 4),
      })),
    })
    const itemsInSprint = await prisma.workItem.count({ where: { organizationId: org.orgId, sprintId: org.sprintId } })
    const save = async () => {
      const newest = await prisma.plan.aggregate({ where: { sprintId: org.sprintId }, _max: { version: true } })
      return createPlan(org.orgId, org.members.MANAGER, { sprintId: org.sprintId, baseVersion: newest._max.version ?? 0 })
    }

    const outcomes: string[] = []
    // Deterministic: the plan row and every assignment are written, then the connection dies before COMMIT.
    for (let i = 0; i < 3; i++) {
      fault.afterAssignments = true
      outcomes.push(`inside:${await attempt(save, 'inside')}`)
      fault.afterAssignments = false
    }
    // Timed: the drop lands wherever the save happens to be (reads, engine, insert, commit).
    for (const delay of DELAYS_MS) outcomes.push(`${delay}:${await attempt(save, delay)}`)
    // And once with no fault, as the reference.
    const reference = await settled(save)

    expect(outcomes.slice(0, 3)).toEqual(['inside:failed', 'inside:failed', 'inside:failed'])
    const plans = await settled(() =>
      prisma.plan.findMany({
        where: { sprintId: org.sprintId },
        select: { id: true, version: true, _count: { select: { assignments: true } } },
      }),
    )
    const expected = plans.find((p) => p.id === reference.planId)!._count.assignments
    expect(expected).toBe(itemsInSprint)
    for (const plan of plans) {
      expect({ version: plan.version, assignments: plan._count.assignments }).toEqual({ version: plan.version, assignments: expected })
      expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, targetId: plan.id, action: 'plan.plan' } })).toBe(1)
    }
    // No assignment outlives its plan, and versions stay unique and gap-free per committed save.
    expect(await prisma.assignment.count({ where: { organizationId: org.orgId } })).toBe(plans.length * expected)
    expect(plans.map((p) => p.version).sort((a, b) => a - b)).toEqual(plans.map((_, i) => i + 1))
    // A drop right after COMMIT reports a failure for a save that did commit, so only a lower bound holds.
    expect(plans.length).toBeGreaterThanOrEqual(outcomes.filter((o) => o.endsWith('committed')).length + 1)
    console.info(JSON.stringify({ fault: 'plan-save', outcomes, versions: plans.length }))
  }, 180_000)
})

describe('CSV import under dropped connections', () => {
  it('imports all 2,000 rows of a file or none of them', async () => {
    const { prisma } = await import('@/lib/db/client')
    const { importWorkItems } = await import('@/lib/db/work-items/imports')
    const { toCsv } = await import('@/lib/csv')
    const { createTestOrg } = await import('../../support/factories')
    const org = await createTestOrg()
    const ROWS = 2_000
    const request = (prefix: string) => ({
      csv: toCsv([
        ['title', 'key', 'type', 'hours'],
        ...Array.from({ length: ROWS }, (_, i) => [`Imported ${prefix} ${i}`, `${prefix}-${i}`, 'DOCUMENTATION', '2']),
      ]),
      mapping: { title: 0, key: 1, type: 2, estimate: 3, priority: null, description: null, status: null, labels: [] },
      options: { estimateUnit: 'hours' as const, pointsToHours: 4, hoursPerDay: 8, defaultHours: null },
      typeOverrides: {},
      suggestedTypes: {},
      sprintId: null,
    })
    const runs: { prefix: string; outcome: string }[] = []
    for (let i = 0; i < 3; i++) {
      fault.afterImportAudit = true
      runs.push({
        prefix: `IN${i}`,
        outcome: await attempt(() => importWorkItems(org.orgId, org.members.MANAGER.userId, request(`IN${i}`)), 'inside'),
      })
      fault.afterImportAudit = false
    }
    for (const delay of DELAYS_MS) {
      const prefix = `D${delay}`
      runs.push({ prefix, outcome: await attempt(() => importWorkItems(org.orgId, org.members.MANAGER.userId, request(prefix)), delay) })
    }
    runs.push({
      prefix: 'REF',
      outcome: await settled(() => importWorkItems(org.orgId, org.members.MANAGER.userId, request('REF'))).then(() => 'committed'),
    })

    expect(runs.slice(0, 3).map((r) => r.outcome)).toEqual(['failed', 'failed', 'failed'])
    const counts: Record<string, number> = {}
    for (const { prefix, outcome } of runs) {
      const n = await settled(() =>
        prisma.workItem.count({ where: { organizationId: org.orgId, externalKey: { startsWith: `${prefix}-` } } }),
      )
      counts[prefix] = n
      expect([0, ROWS], `${prefix} (${outcome}) left ${n} rows`).toContain(n)
      if (outcome === 'committed') expect(n).toBe(ROWS)
    }
    const imported = Object.values(counts).filter((n) => n === ROWS).length
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'work-items.imported' } })).toBe(imported)
    expect(counts.REF).toBe(ROWS)
    console.info(JSON.stringify({ fault: 'csv-import', runs: runs.map((r) => `${r.prefix}:${r.outcome}:${counts[r.prefix]}`) }))
  }, 180_000)
})
