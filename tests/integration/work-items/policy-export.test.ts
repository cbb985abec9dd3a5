import { beforeAll, describe, expect, it } from 'vitest'
import { resetPolicyAction, updatePolicyAction } from '@/app/(app)/settings/policy/actions'
import { GET as exportPlans } from '@/app/api/export/plans/route'
import { GET as exportItems } from '@/app/api/export/work-items/route'
import { prisma } from '@/lib/db/client'
import { getPolicy } from '@/lib/db/work-items/policy'
import { parseCsv } from '@/lib/work-items/csv'
import { WORK_TYPES } from '@/lib/core/work-types'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { createSprintRow, ok } from './helpers'

let org: TestOrg
beforeAll(async () => {
  org = await createTestOrg()
})

const form = (changes: Record<string, string>) => {
  const fd = new FormData()
  for (const type of WORK_TYPES) {
    fd.set(
      `mode.${type}`,
      changes[`mode.${type}`] ??
        (['COMPLEX_STATE'].includes(type)
          ? 'hybrid'
          : ['PERFORMANCE_CRITICAL', 'SECURITY_AUTH', 'NOVEL_PROBLEM', 'INFRASTRUCTURE', 'ARCHITECTURE'].includes(type)
            ? 'craft'
            : 'orchestration'),
    )
  }
  return fd
}

describe('work-type policy', () => {
  it('owners edit the table; each change and the reset are audited', async () => {
    await signInAs(org.members.MANAGER)
    expect(await updatePolicyAction(form({}))).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    await signInAs(org.members.ADMIN)
    const before = await getPolicy(org.orgId)
    const fd = form({ 'mode.CODE_REVIEW': 'hybrid' })
    for (const row of before)
      fd.set(`reason.${row.workType}`, row.workType === 'CODE_REVIEW' ? 'Our reviews need a person in the loop.' : row.reason)
    expect(ok(await updatePolicyAction(fd))).toEqual({ changed: 1 })
    const audit = await prisma.auditEvent.findMany({ where: { organizationId: org.orgId, action: 'policy.updated' } })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      targetId: 'CODE_REVIEW',
      data: { before: { mode: 'orchestration' }, after: { mode: 'hybrid', reason: 'Our reviews need a person in the loop.' } },
    })

    expect(ok(await resetPolicyAction({}))).toEqual({ changed: 1 })
    expect((await getPolicy(org.orgId)).every((r) => r.isDefault)).toBe(true)
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'policy.reset' } })).toBe(1)
  })

  it('refuses a row without a reason, naming its work type, and writes none of the rows', async () => {
    await signInAs(org.members.ADMIN)
    const before = await getPolicy(org.orgId)
    const fd = form({ 'mode.CODE_REVIEW': 'hybrid', 'mode.BOILERPLATE': 'craft' })
    for (const row of before) fd.set(`reason.${row.workType}`, row.workType === 'CODE_REVIEW' ? '   ' : 'Changed on purpose.')
    expect(await updatePolicyAction(fd)).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: 'Enter the reason for Code review',
      // Keyed by the form's field name, so the error reaches that row's textarea.
      fieldErrors: { 'reason.CODE_REVIEW': ['Enter the reason for Code review'] },
    })
    expect(await getPolicy(org.orgId)).toEqual(before)
  })
})

describe('exports', () => {
  const ctx = { params: Promise.resolve({}) }

  it('exports items as CSV with formulas neutralised, and as JSON', async () => {
    await signInAs(org.members.LEAD)
    await prisma.workItem.create({
      data: {
        organizationId: org.orgId,
        title: '=HYPERLINK("http://evil","x")',
        type: 'DOCUMENTATION',
        hours: 1,
        priority: 1,
        labels: ['@risk'],
        externalKey: '-1',
      },
    })
    const csv = await exportItems(new Request('http://test/api/export/work-items?format=csv'), ctx)
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="work-items-\d{4}-\d{2}-\d{2}\.csv"/)
    const [header, row] = parseCsv(await csv.text())
    const cell = (name: string) => row[header.indexOf(name)]
    expect(cell('title')).toBe(`'=HYPERLINK("http://evil","x")`)
    expect(cell('labels')).toBe("'@risk")
    expect(cell('key')).toBe("'-1")
    const json = await (await exportItems(new Request('http://test/api/export/work-items?format=json'), ctx)).json()
    expect(json.items[0]).toMatchObject({ title: '=HYPERLINK("http://evil","x")', labels: ['@risk'] })
  })

  it('exports the newest plan of a sprint; other tenants get 404', async () => {
    await signInAs(org.members.MANAGER)
    const sprint = await createSprintRow(org.orgId, org.teamId, 'Planned sprint')
    const item = await prisma.workItem.create({
      data: { organizationId: org.orgId, sprintId: sprint.id, title: '+cmd', type: 'BOILERPLATE', hours: 3, priority: 2 },
    })
    for (const version of [1, 2]) {
      const plan = await prisma.plan.create({ data: { organizationId: org.orgId, sprintId: sprint.id, version, objective: version } })
      await prisma.assignment.create({
        data: {
          organizationId: org.orgId,
          planId: plan.id,
          workItemId: item.id,
          membershipId: org.members.ENGINEER.membershipId,
          mode: 'orchestration',
          fit: 0.5,
          value: version,
          reasons: ['Good fit'],
        },
      })
    }
    const json = await (await exportPlans(new Request(`http://test/api/export/plans?sprintId=${sprint.id}&format=json`), ctx)).json()
    expect(json.plan).toMatchObject({ version: 2, sprint: 'Planned sprint' })
    expect(json.assignments).toEqual([expect.objectContaining({ itemId: item.id, value: 2, reasons: ['Good fit'] })])
    const [, row] = parseCsv(await (await exportPlans(new Request(`http://test/api/export/plans?sprintId=${sprint.id}`), ctx)).text())
    expect(row[2]).toBe("'+cmd")
    const first = await (
      await exportPlans(new Request(`http://test/api/export/plans?sprintId=${sprint.id}&version=1&format=json`), ctx)
    ).json()
    expect(first.plan).toMatchObject({ version: 1 })
    expect(first.assignments).toEqual([expect.objectContaining({ value: 1 })])

    const other = await createTestOrg()
    await signInAs(other.members.MANAGER)
    expect((await exportPlans(new Request(`http://test/api/export/plans?sprintId=${sprint.id}`), ctx)).status).toBe(404)
  })
})
