import { beforeAll, describe, expect, it } from 'vitest'
import { POST as importRoute } from '@/app/api/work-items/import/route'
import { prisma } from '@/lib/db/client'
import type { ImportRequest } from '@/lib/schemas/import'
import { detectMapping } from '@/lib/work-items/import-mapping'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { loadRoutes } from './app-surface'

// A page on another site can make a signed-in browser POST to a route handler: a text/plain body
// is a "simple" request, sent without a CORS preflight and with the user's cookie. Route handlers
// must refuse it as server actions do.

const HEADER = ['Summary', 'Issue key', 'Issue Type', 'Priority', 'Story Points', 'Labels', 'Description']
const body = (key: string): ImportRequest => ({
  csv: `${HEADER.join(',')}\nUpdate the README,${key},DOCUMENTATION,Medium,1,,\n`,
  mapping: detectMapping(HEADER).mapping,
  options: { estimateUnit: 'points', pointsToHours: 4, hoursPerDay: 8, defaultHours: null },
  typeOverrides: {},
  suggestedTypes: {},
  sprintId: null,
})

const post = (origin: string | null, key: string) =>
  importRoute(
    new Request('http://plural.test/api/work-items/import', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', host: 'plural.test', ...(origin ? { origin } : {}) },
      body: JSON.stringify(body(key)),
    }),
    { params: Promise.resolve({}) },
  )

let org: TestOrg
beforeAll(async () => {
  org = await createTestOrg()
  await signInAs(org.members.MANAGER)
})

describe('route handlers and cross-site requests', () => {
  it('refuses an import from another site with 403 and a clear JSON error, creating nothing', async () => {
    const response = await post('http://evil.example', 'EVIL-1')
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      error: {
        code: 'FORBIDDEN',
        message: 'This request came from another site, so it was refused. Use Plural’s own pages to make changes.',
      },
    })
    expect(await prisma.workItem.count({ where: { organizationId: org.orgId } })).toBe(0)
  })

  it('accepts the same import from the app’s own origin', async () => {
    const response = await post('http://plural.test', 'OWN-1')
    expect(response.status).toBe(200)
    expect(await prisma.workItem.findMany({ where: { organizationId: org.orgId }, select: { title: true } })).toEqual([
      { title: 'Update the README' },
    ])
  })

  it('refuses a cross-site request on every state-changing route handler before anything runs', async () => {
    const routes = (await loadRoutes()).filter((r) => r.meta && !['GET', 'HEAD', 'OPTIONS'].includes(r.method))
    expect(routes.length).toBeGreaterThan(0)
    const auditBefore = await prisma.auditEvent.count({ where: { organizationId: org.orgId } })
    await signInAs(org.members.OWNER) // may do everything, so only the origin check can refuse
    for (const route of routes) {
      const request = new Request('http://plural.test/x', {
        method: route.method,
        headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
        body: '{}',
      })
      const response = await route.fn(request, { params: Promise.resolve(Object.fromEntries(route.segments.map((s) => [s, 'x']))) })
      expect(response.status, `${route.method} ${route.file}`).toBe(403)
    }
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId } })).toBe(auditBefore)
  })
})
