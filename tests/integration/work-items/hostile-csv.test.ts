import { beforeAll, describe, expect, it } from 'vitest'
import { GET as exportPlanRoute } from '@/app/api/export/plans/route'
import { GET as exportItemsRoute } from '@/app/api/export/work-items/route'
import { POST as importRoute } from '@/app/api/work-items/import/route'
import { prisma } from '@/lib/db/client'
import { createPlan } from '@/lib/db/planner/plans'
import { parseCsv } from '@/lib/work-items/csv'
import { signInAs } from '../../support/factories'
import { createPlanningOrg, type PlanningOrg } from '../planner/fixtures'

// Hostile CSV files through the real import route, and formula cells through every CSV export:
// a file is imported whole or refused with a message (database unchanged), and text that a
// spreadsheet would run as a formula is stored as typed but exported with a leading apostrophe.

const MAPPING = { title: 0, key: 1, type: 2, estimate: 3, priority: null, description: 4, status: null, labels: [] }
const OPTIONS = { estimateUnit: 'hours', pointsToHours: 4, hoursPerDay: 8, defaultHours: null }
const FORMULAS = ['=1+1', '+SUM(A1:A9)', '-2+3', '@cmd', '\t=TAB()', '\r=CR()', '=HYPERLINK("http://evil.test","click")']

let org: PlanningOrg

const itemCount = () => prisma.workItem.count({ where: { organizationId: org.orgId } })

/** POSTs raw bytes as the import request body (what a script, not our browser form, might send). */
async function postImport(body: string | Uint8Array) {
  const payload: BodyInit = typeof body === 'string' ? body : new Blob([new Uint8Array(body)])
  const request = new Request('http://test/api/work-items/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: payload,
  })
  const response = await importRoute(request, { params: Promise.resolve({}) })
  return {
    status: response.status,
    json: (await response.json()) as { ok?: boolean; data?: { created: number }; error?: { code: string; message: string } },
  }
}

const importBody = (csv: string, sprintId: string | null = null) => JSON.stringify({ csv, mapping: MAPPING, options: OPTIONS, sprintId })

async function get(route: typeof exportItemsRoute, url: string, params: Record<string, string> = {}) {
  const response = await route(new Request(url), { params: Promise.resolve(params) })
  expect(response.status).toBe(200)
  return parseCsv(await response.text())
}

/** The cells of one column of an exported CSV, by header name. */
const column = (records: string[][], name: string) => {
  const index = records[0].indexOf(name)
  expect(index).toBeGreaterThanOrEqual(0)
  return records.slice(1).map((r) => r[index])
}

beforeAll(async () => {
  org = await createPlanningOrg()
  await signInAs(org.members.MANAGER, org.orgId)
})

describe('hostile files are refused whole, with a message', () => {
  it.each([
    [
      'Latin-1 bytes',
      () =>
        Uint8Array.from(
          [...Buffer.from(importBody('title,key,type,hours,description\nCaf#,K1,DOCUMENTATION,2,x\n'))].map((b) => (b === 0x23 ? 0xe9 : b)),
        ),
      /not valid UTF-8/,
    ],
    [
      'a 1 MB line',
      () => importBody(`title,key,type,hours,description\nLong,K1,DOCUMENTATION,2,${'x'.repeat(1024 * 1024)}\n`),
      /^Row 2 is longer than 64 KB/,
    ],
    [
      '100,000 rows',
      () =>
        importBody(
          `title,key,type,hours,description\n${Array.from({ length: 100_000 }, (_, i) => `Task ${i},H${i},DOCUMENTATION,1,`).join('\n')}`,
        ),
      /more than 20,000 rows; split it/,
    ],
    ['NUL bytes', () => importBody('title,key,type,hours,description\nA\u0000B,K1,DOCUMENTATION,2,x\n'), /binary/],
    ['a JSON body cut short', () => importBody('title\nA\n').slice(0, 20), /could not be read/],
  ])(
    '%s',
    async (_name, body, message) => {
      const before = await itemCount()
      const started = Date.now()
      const { status, json } = await postImport(body())
      expect(status).toBe(422)
      expect(json.error).toMatchObject({ code: 'INVALID', message: expect.stringMatching(message) })
      expect(Date.now() - started).toBeLessThan(20_000)
      expect(await itemCount()).toBe(before)
    },
    60_000,
  )
})

describe('formula cells', () => {
  it('are imported from a file with a BOM and stored exactly as typed (trimmed), never evaluated', async () => {
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`
    const csv = `\uFEFFtitle,key,type,hours,description\r\n${FORMULAS.map((f, i) => `${quote(f)},F-${i},DOCUMENTATION,2,${quote(f)}`).join('\r\n')}\r\n`
    const { status, json } = await postImport(importBody(csv, org.sprintId))
    expect(status).toBe(200)
    expect(json.data?.created).toBe(FORMULAS.length)
    const stored = await prisma.workItem.findMany({
      where: { organizationId: org.orgId, externalKey: { startsWith: 'F-' } },
      orderBy: { externalKey: 'asc' },
    })
    expect(stored.map((s) => s.title)).toEqual(FORMULAS.map((f) => f.trim()))
    expect(stored.map((s) => s.description)).toEqual(FORMULAS.map((f) => f.trim()))
  })

  it('are escaped with a leading apostrophe in the work-item export', async () => {
    const records = await get(exportItemsRoute, 'http://test/api/export/work-items?format=csv&q=')
    const titles = column(records, 'title')
    for (const f of FORMULAS) expect(titles).toContain(`'${f.trim()}`)
    expect(column(records, 'description').filter((d) => /^[=+\-@\t\r]/.test(d))).toEqual([])
    expect(titles.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([])
  })

  it('are escaped in the plan export, the newest version and a named one', async () => {
    const { version } = await createPlan(org.orgId, org.members.MANAGER, { sprintId: org.sprintId, baseVersion: 0 })
    const latest = await get(exportPlanRoute, `http://test/api/export/plans?sprintId=${org.sprintId}&format=csv`)
    const named = await get(exportPlanRoute, `http://test/api/export/plans?sprintId=${org.sprintId}&version=${version}&format=csv`)
    for (const titles of [column(latest, 'title'), column(named, 'title')]) {
      for (const f of FORMULAS) expect(titles).toContain(`'${f.trim()}`)
      expect(titles.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([])
    }
  })
})
