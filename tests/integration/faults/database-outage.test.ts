import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TcpProxy } from '../../support/tcp-proxy'

// The app talks to Postgres through a proxy this test controls, so the "database" can go down and
// come back while the app's client (and its pool) stays the same, as in production.
const realUrl = process.env.DATABASE_URL!
const proxy = new TcpProxy({ host: new URL(realUrl).hostname, port: Number(new URL(realUrl).port || 5432) })

beforeAll(async () => {
  await proxy.start()
  process.env.DATABASE_URL = proxy.proxiedUrl(realUrl)
})
afterAll(() => proxy.stop())

describe('database outage', () => {
  it('answers 503 quickly while the database is down and recovers by itself when it is back', async () => {
    const { GET: health } = await import('@/app/api/health/route')
    expect((await health()).status).toBe(200)

    await proxy.stop()
    const started = Date.now()
    const down = await health()
    expect(down.status).toBe(503)
    expect(await down.json()).toMatchObject({ database: 'unreachable' })
    expect(Date.now() - started).toBeLessThan(10_000)

    await proxy.start(proxy.port)
    let status = 0
    for (let i = 0; i < 20 && status !== 200; i++) status = (await health()).status
    expect(status).toBe(200)
  }, 60_000)

  it('answers each caller in its own format while the database is down: SCIM error, API problem, JSON, a page', async () => {
    const { NextRequest } = await import('next/server')
    const { proxy: appProxy } = await import('@/proxy')
    const answer = (path: string) => appProxy(new NextRequest(`http://localhost${path}`))
    await proxy.stop()
    try {
      // The reachability probe caches its answer for a second; wait until it has seen the outage.
      let status = 0
      for (let i = 0; i < 30 && status !== 503; i++) {
        status = (await answer('/api/health')).status
        if (status !== 503) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(status).toBe(503)

      const scim = await answer('/scim/v2/Users')
      expect([scim.status, scim.headers.get('content-type'), scim.headers.get('retry-after')]).toEqual([
        503,
        'application/scim+json; charset=utf-8',
        '5',
      ])
      expect(await scim.json()).toEqual({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        status: '503',
        detail: 'The database is unavailable right now. Please retry shortly.',
      })

      const api = await answer('/api/v1/work-items')
      expect([api.status, api.headers.get('content-type')]).toEqual([503, 'application/problem+json; charset=utf-8'])
      expect(await api.json()).toMatchObject({ status: 503, code: 'UNAVAILABLE', type: '/settings/api-reference#problem-unavailable' })

      const internal = await answer('/api/work-items/type-suggestion')
      expect(await internal.json()).toEqual({
        error: { code: 'UNAVAILABLE', message: 'The database is unavailable right now. Please retry shortly.' },
      })

      const page = await answer('/dashboard')
      expect([page.status, page.headers.get('content-type')]).toEqual([503, 'text/html; charset=utf-8'])
      expect(await page.text()).toContain('Plural is briefly unavailable')
    } finally {
      await proxy.start(proxy.port)
    }
  }, 60_000)

  it('maps an unreachable database to UNAVAILABLE in actions, never a stack trace', async () => {
    const { createTestOrg, signInAs } = await import('../../support/factories')
    const { deleteOrganizationAction } = await import('@/app/(app)/settings/data/actions')
    const org = await createTestOrg()
    await signInAs(org.members.OWNER)
    await proxy.stop()
    try {
      const result = await deleteOrganizationAction({ confirmation: 'anything' })
      expect(result).toMatchObject({ ok: false, code: 'UNAVAILABLE', message: expect.stringContaining('database is unavailable') })
    } finally {
      await proxy.start(proxy.port)
    }
  }, 60_000)

  it('never leaves a multi-row write half-applied when connections drop mid-transaction', async () => {
    const { createOrganization } = await import('@/lib/db/accounts/organizations')
    const { createUser } = await import('../../support/factories')
    const { prisma } = await import('@/lib/db/client')
    const user = await createUser('Atomic')
    // Cut the connections at different moments of the write; each attempt must be all or nothing.
    const outcomes: string[] = []
    for (const delay of [0, 2, 5, 10, 20, 40]) {
      const attempt = createOrganization(user.id, `Atomic ${delay}`).then(
        () => 'committed',
        () => 'failed',
      )
      await new Promise((r) => setTimeout(r, delay))
      proxy.dropConnections()
      outcomes.push(await attempt)
    }
    expect(outcomes).toContain('failed')
    // The last drop may also have cut idle pooled connections; the pool drops each one when its first
    // query fails, so read only once a query gets through again (as the recovery test above expects).
    let reachable = false
    for (let i = 0; i < 20 && !reachable; i++)
      reachable = await prisma.$queryRaw`SELECT 1`.then(
        () => true,
        () => false,
      )
    expect(reachable).toBe(true)
    const orgs = await prisma.organization.findMany({ where: { name: { startsWith: 'Atomic ' } }, select: { id: true } })
    for (const { id } of orgs) {
      expect(await prisma.membership.count({ where: { organizationId: id } })).toBe(1)
      expect(await prisma.workTypePolicy.count({ where: { organizationId: id } })).toBe(12)
    }
    const orphans = await prisma.workTypePolicy.count({ where: { organization: { name: { startsWith: 'Atomic ' } } } })
    expect(orphans).toBe(orgs.length * 12)
  }, 60_000)
})
