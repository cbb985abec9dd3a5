import { beforeAll, describe, expect, it } from 'vitest'
import { POST as importRoute } from '@/app/api/work-items/import/route'
import { prisma } from '@/lib/db/client'
import { importWorkItems } from '@/lib/db/work-items/imports'
import type { ImportRequest } from '@/lib/schemas/import'
import { toCsv } from '@/lib/csv'
import { prepareImport } from '@/lib/work-items/import'
import { detectMapping } from '@/lib/work-items/import-mapping'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { createSprintRow } from './helpers'

const JIRA_HEADER = ['Summary', 'Issue key', 'Issue Type', 'Priority', 'Story Points', 'Labels', 'Description']
const TITLES = [
  'Fix OAuth login redirect loop',
  'Optimise the pricing hot path',
  'Terraform module for the event queues',
  'Update the README',
  'Scaffold CRUD pages for vendors',
]

function jiraCsv(count: number, bad: Record<number, string[]> = {}) {
  const rows = Array.from(
    { length: count },
    (_, i) => bad[i] ?? [TITLES[i % TITLES.length], `IMP-${i + 1}`, 'Story', 'Medium', String((i % 5) + 1), 'imported', `Row ${i + 1}`],
  )
  return toCsv([JIRA_HEADER, ...rows])
}

const request = (csv: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  csv,
  mapping: detectMapping(JIRA_HEADER).mapping,
  options: { estimateUnit: 'points', pointsToHours: 4, hoursPerDay: 8, defaultHours: null },
  typeOverrides: {},
  suggestedTypes: {},
  sprintId: null,
  ...extra,
})

let org: TestOrg
beforeAll(async () => {
  org = await createTestOrg()
})

describe('CSV import', () => {
  it('a file with bad rows reports each of them and leaves the database unchanged', async () => {
    const before = await prisma.workItem.count({ where: { organizationId: org.orgId } })
    const csv = jiraCsv(50, {
      4: ['', 'IMP-5', 'Story', 'Medium', '1', '', ''],
      9: ['Update the README', 'IMP-10', 'Story', 'Medium', 'abc', '', ''],
    })
    const failure = importWorkItems(org.orgId, org.members.MANAGER.userId, request(csv))
    await expect(failure).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { rows: ['Row 6: the title is empty.', 'Row 11: the estimate “abc” is not a number.'] },
    })
    expect(await prisma.workItem.count({ where: { organizationId: org.orgId } })).toBe(before)
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'work-items.imported' } })).toBe(0)
  })

  it('imports all rows, converts points, suggests types, and re-import updates instead of duplicating', async () => {
    const sprint = await createSprintRow(org.orgId, org.teamId, 'Import sprint')
    const first = await importWorkItems(org.orgId, org.members.MANAGER.userId, request(jiraCsv(200), { sprintId: sprint.id }))
    expect(first).toEqual({ created: 200, updated: 0, suggested: 200 })
    const item = await prisma.workItem.findFirstOrThrow({ where: { organizationId: org.orgId, externalKey: 'IMP-1' } })
    expect(item).toMatchObject({
      type: 'SECURITY_AUTH',
      hours: 4,
      priority: 2,
      labels: ['imported'],
      sprintId: sprint.id,
      teamId: org.teamId,
    })
    expect(item.id).toMatch(/^c[a-z0-9]{20,}$/)

    await prisma.workItem.update({ where: { id: item.id }, data: { status: 'IN_PROGRESS' } })
    const again = await importWorkItems(
      org.orgId,
      org.members.MANAGER.userId,
      request(jiraCsv(200).replace('Fix OAuth login redirect loop', 'Fix OAuth login loop')),
    )
    expect(again).toEqual({ created: 0, updated: 200, suggested: 200 })
    expect(await prisma.workItem.count({ where: { organizationId: org.orgId, externalKey: { startsWith: 'IMP-' } } })).toBe(200)
    // Unmapped columns (status here) keep their values; mapped ones are updated.
    expect(await prisma.workItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      title: 'Fix OAuth login loop',
      status: 'IN_PROGRESS',
      sprintId: sprint.id,
    })
    const audit = await prisma.auditEvent.findMany({
      where: { organizationId: org.orgId, action: 'work-items.imported' },
      orderBy: { createdAt: 'asc' },
    })
    expect(audit.map((a) => a.data)).toMatchObject([
      { created: 200, updated: 0 },
      { created: 0, updated: 200 },
    ])
  })

  it('imports 10,000 rows in under 10 seconds once the preview has suggested types', async () => {
    const big = await createTestOrg()
    const csv = jiraCsv(10_000)
    // The browser's preview classifies the rows; the import request carries the accepted suggestions.
    const preview = prepareImport(csv, null, request(csv).options)
    const suggestedTypes = Object.fromEntries(preview.rows.filter((r) => r.typeSource === 'suggested').map((r) => [String(r.row), r.type]))
    const started = Date.now()
    const result = await importWorkItems(big.orgId, big.members.MANAGER.userId, request(csv, { suggestedTypes }))
    const elapsed = Date.now() - started
    expect(result.created).toBe(10_000)
    expect(elapsed).toBeLessThan(10_000)
    console.log(`imported 10,000 rows in ${elapsed} ms`)
  }, 60_000)

  it('the import route checks the role and answers bad rows with 422', async () => {
    const post = (body: unknown) =>
      importRoute(new Request('http://test/api/work-items/import', { method: 'POST', body: JSON.stringify(body) }), {
        params: Promise.resolve({}),
      })
    await signInAs(org.members.LEAD)
    expect((await post(request(jiraCsv(1)))).status).toBe(403)
    await signInAs(org.members.MANAGER)
    const unknownUnit = await post({ ...request(jiraCsv(1)), options: { ...request('').options, estimateUnit: 'weeks' } })
    expect(unknownUnit.status).toBe(422)
    expect(await unknownUnit.json()).toMatchObject({
      error: { message: expect.stringContaining('The estimate unit must be seconds, minutes') },
    })
    const bad = await post(request(jiraCsv(3, { 1: ['x', 'R-2', 'Story', 'Medium', '-1', '', ''] })))
    expect(bad.status).toBe(422)
    expect(await bad.json()).toMatchObject({ error: { code: 'INVALID', fieldErrors: { rows: [expect.stringMatching(/^Row 3: /)] } } })
    const foreign = await createTestOrg()
    const foreignSprint = await createSprintRow(foreign.orgId, foreign.teamId, 'Theirs')
    expect((await post(request(jiraCsv(1), { sprintId: foreignSprint.id }))).status).toBe(404)
    const good = await post(request(toCsv([JIRA_HEADER, ['Update the README', 'ROUTE-1', 'DOCUMENTATION', 'High', '2', '', '']])))
    expect(await good.json()).toEqual({ ok: true, data: { created: 1, updated: 0, suggested: 0 } })
  })

  it('refuses a file with an unclosed quote, naming its line among the other rows with problems', async () => {
    const csv = `${JIRA_HEADER.join(',')}\n"never closed,IMP-1,DOCUMENTATION,Medium,1,,\n,IMP-2,DOCUMENTATION,Medium,1,,\n`
    await expect(importWorkItems(org.orgId, org.members.MANAGER.userId, request(csv))).rejects.toMatchObject({
      code: 'INVALID',
      message: '2 rows have problems; nothing was imported. Fix them and upload the file again.',
      fieldErrors: { rows: [expect.stringMatching(/^Row 2 \(line 2\): a quoted field is never closed/), 'Row 3: the title is empty.'] },
    })
  })

  it("converts Jira's seconds on the server with the unit the request names", async () => {
    const header = ['Issue key', 'Summary', 'Issue Type', 'Original Estimate']
    const csv = toCsv([
      header,
      ['SEC-1', 'Update the README', 'DOCUMENTATION', '28800'],
      ['SEC-2', 'Write the runbook', 'DOCUMENTATION', '5400'],
    ])
    const seconds = request(csv, { mapping: detectMapping(header).mapping })
    seconds.options.estimateUnit = 'seconds'
    await importWorkItems(org.orgId, org.members.MANAGER.userId, seconds)
    const items = await prisma.workItem.findMany({
      where: { organizationId: org.orgId, externalKey: { in: ['SEC-1', 'SEC-2'] } },
      orderBy: { externalKey: 'asc' },
    })
    expect(items.map((i) => i.hours)).toEqual([8, 1.5])
    // Sent as hours, the same file is refused row by row: the server converts, it never takes hours on trust.
    const asHours = request(csv, { mapping: detectMapping(header).mapping })
    asHours.options.estimateUnit = 'hours'
    await expect(importWorkItems(org.orgId, org.members.MANAGER.userId, asHours)).rejects.toMatchObject({
      fieldErrors: { rows: ['Row 2: the estimate is more than 1,000 hours.', 'Row 3: the estimate is more than 1,000 hours.'] },
    })
  })
})
