import { beforeAll, describe, expect, it } from 'vitest'
import { can, PERMISSIONS, ROLES, type Permission, type Role } from '@/lib/core/permissions'
import { prisma } from '@/lib/db/client'
import { createTestOrg, signInAs, signOut, type TestOrg } from '../../support/factories'
import { callAction, loadActions, loadRoutes, type EnumeratedAction, type EnumeratedRoute } from './app-surface'
import { snapshotRows } from './tenant-data'

// Walks the permission matrix over every enumerated action and route handler: a role without the
// permission is refused with FORBIDDEN (403) and nothing changes; a role with it is never refused.

let actions: EnumeratedAction[]
let routes: EnumeratedRoute[]
const isMatrixPermission = (p: string): p is Permission => (PERMISSIONS as readonly string[]).includes(p)

beforeAll(async () => {
  ;[actions, routes] = await Promise.all([loadActions(), loadRoutes()])
}, 60_000)

/** An organisation in which `role` still holds its membership (an allowed call may have removed it). */
const orgs = new Map<Role, TestOrg>()
async function signInWithRole(role: Role): Promise<TestOrg> {
  let org = orgs.get(role)
  const member = org ? await prisma.membership.findFirst({ where: { id: org.members[role].membershipId, role } }) : null
  if (!org || !member) {
    org = await createTestOrg(`Matrix ${role}`)
    orgs.set(role, org)
  }
  await signInAs(org.members[role], org.orgId)
  return org
}

describe('permission matrix over every action', () => {
  it('finds actions guarded by matrix permissions', () => {
    expect(actions.filter((a) => a.meta && isMatrixPermission(a.meta.permission)).length).toBeGreaterThan(5)
  })

  for (const role of ROLES) {
    it(`${role}: refused (403, nothing changed) exactly where the matrix says no`, async () => {
      const problems: string[] = []
      for (const action of actions) {
        const permission = action.meta?.permission
        if (!permission || !isMatrixPermission(permission)) continue
        const allowed = can(role, permission)
        for (const input of [{}, new FormData()]) {
          const org = await signInWithRole(role)
          const before = allowed ? null : await snapshotRows(org.orgId)
          const outcome = await callAction(action.fn, input)
          if (allowed && outcome.code === 'FORBIDDEN')
            problems.push(`${action.meta?.name} (${permission}) refused ${role}: ${outcome.message}`)
          if (!allowed && outcome.code !== 'FORBIDDEN')
            problems.push(`${action.meta?.name} (${permission}) let ${role} through: ${outcome.code}`)
          if (before && JSON.stringify(await snapshotRows(org.orgId)) !== JSON.stringify(before))
            problems.push(`${action.meta?.name} changed data for ${role}`)
        }
      }
      expect(problems).toEqual([])
    }, 120_000)
  }

  it('signed-out callers are refused (401) by every action that is not public', async () => {
    signOut()
    const problems: string[] = []
    for (const action of actions) {
      if (!action.meta || action.meta.permission === 'public') continue
      const outcome = await callAction(action.fn, {})
      if (outcome.code !== 'UNAUTHENTICATED') problems.push(`${action.meta.name}: ${outcome.code}`)
    }
    expect(problems).toEqual([])
  })
})

describe('permission matrix over every route handler', () => {
  for (const role of ROLES) {
    it(`${role}: 403 exactly where the matrix says no`, async () => {
      const problems: string[] = []
      for (const route of routes) {
        if (!route.meta) continue
        await signInWithRole(role)
        const response = await route.fn(new Request('http://localhost/probe', { method: route.method }), { params: Promise.resolve({}) })
        const refused = response.status === 403
        if (refused === can(role, route.meta.permission)) problems.push(`${route.file} ${route.method} for ${role}: ${response.status}`)
      }
      expect(problems).toEqual([])
    })
  }

  it('signed-out callers get 401', async () => {
    signOut()
    for (const route of routes.filter((r) => r.meta)) {
      const response = await route.fn(new Request('http://localhost/probe', { method: route.method }), { params: Promise.resolve({}) })
      expect(response.status, `${route.file} ${route.method}`).toBe(401)
    }
  })
})
