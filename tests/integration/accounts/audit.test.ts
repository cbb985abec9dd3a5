import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import AuditPage from '@/app/(app)/settings/audit/page'
import { createInvitationAction } from '@/app/(app)/settings/invitations/actions'
import { changeMemberRoleAction } from '@/app/(app)/settings/members/actions'
import {
  createPlanAction,
  moveItemAction,
  publishPlanAction,
  replanAction,
  saveWhatIfAction,
  setLockAction,
  setPinAction,
} from '@/app/(app)/sprints/[sprintId]/planner/actions'
import type { AuditInput } from '@/lib/db/accounts/audit'
import { prisma } from '@/lib/db/client'
import { auditFilterSchema } from '@/lib/schemas/org'
import { createTestOrg, signInAs, type TestMember } from '../../support/factories'
import { assignmentsOf, createPlanningOrg, unwrap } from '../planner/fixtures'

// The audit log as an admin reads it: events written by the real actions, read through the real
// page (rendered to HTML) with its URL filters, so an actor the page cannot name shows up here.

type Row = { action: string; actor: string; target: string }

async function auditRows(viewer: TestMember, searchParams: Record<string, string> = {}): Promise<Row[]> {
  await signInAs(viewer)
  const html = renderToStaticMarkup(await AuditPage({ searchParams: Promise.resolve(searchParams) }))
  const body = html.split('<tbody>')[1]?.split('</tbody>')[0] ?? ''
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map(([, row]) => {
    const cells = [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map(([, cell]) => cell)
    return { action: cells[1], actor: cells[2], target: cells[3] }
  })
}

const nameOf = async (member: TestMember) => (await prisma.user.findUniqueOrThrow({ where: { id: member.userId } })).name

const PLANNER_ACTIONS = ['plan.lock', 'plan.move', 'plan.pin', 'plan.plan', 'plan.publish', 'plan.replan', 'plan.what-if']

/** Every planner action the audit log records, each once, by `manager`. */
async function planEverything(org: Awaited<ReturnType<typeof createPlanningOrg>>, manager: TestMember) {
  await signInAs(manager)
  const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
  const rows = await assignmentsOf(v1.planId)
  const [moved, kept] = org.itemIds.filter((id) => rows[id].membershipId)
  let revision = unwrap(await moveItemAction({ planId: v1.planId, revision: 0, itemId: moved, toMembershipId: null })).revision
  revision = unwrap(await setLockAction({ planId: v1.planId, revision, itemId: kept, locked: true })).revision
  revision = unwrap(await setPinAction({ planId: v1.planId, revision, itemId: kept, pinned: true })).revision
  const v2 = unwrap(await replanAction({ planId: v1.planId, revision }))
  const v3 = unwrap(await saveWhatIfAction({ planId: v2.planId, revision: 0, scenario: { capacity: {}, removed: [] } }))
  unwrap(await publishPlanAction({ planId: v3.planId, revision: 0 }))
}

describe('audit log', () => {
  it('names the manager for every planner action, and finds them all when filtered by that manager', async () => {
    const org = await createPlanningOrg()
    const manager = org.members.MANAGER
    await planEverything(org, manager)
    const name = await nameOf(manager)

    const byManager = await auditRows(org.members.ADMIN, { actor: manager.userId })
    expect(byManager.map((r) => r.action).sort()).toEqual(PLANNER_ACTIONS)
    expect(byManager.every((r) => r.actor === name)).toBe(true)
    // One spelling of target types: what a plan event is about is a plan, and a pin's a work item.
    expect(byManager.map((r) => r.target.split(' ')[0]).sort()).toEqual(['plan', 'plan', 'plan', 'plan', 'plan', 'plan', 'work-item'])

    const everything = await auditRows(org.members.OWNER)
    expect(everything.filter((r) => r.action.startsWith('plan.')).every((r) => r.actor === name)).toBe(true)
    expect(everything.map((r) => r.actor)).not.toContain('Former member')

    // Compile-time half: a membership id is not an actor (tsc fails if this assignment type-checks).
    // @ts-expect-error a Membership id is not a UserId
    const _membershipAsActor: AuditInput['actorId'] = manager.membershipId
  })

  it('filters by action, actor and date range, pages, and stays inside the organisation', async () => {
    const org = await createTestOrg()
    const other = await createTestOrg()
    await signInAs(org.members.OWNER)
    unwrap(await changeMemberRoleAction({ membershipId: org.members.LEAD.membershipId, role: 'MANAGER' }))
    await signInAs(org.members.ADMIN)
    unwrap(await createInvitationAction({ email: 'new.hire@example.test', role: 'ENGINEER' }))
    await signInAs(other.members.OWNER)
    unwrap(await createInvitationAction({ email: 'elsewhere@example.test', role: 'ENGINEER' }))
    const [owner, admin] = await Promise.all([nameOf(org.members.OWNER), nameOf(org.members.ADMIN)])
    const viewer = org.members.ADMIN

    expect(await auditRows(viewer, { action: 'invitation.created' })).toEqual([
      expect.objectContaining({ action: 'invitation.created', actor: admin }),
    ])
    const byOwner = await auditRows(viewer, { actor: org.members.OWNER.userId })
    expect(byOwner.map((r) => r.action).sort()).toEqual(['member.role_changed', 'organization.created'])
    expect(byOwner.every((r) => r.actor === owner)).toBe(true)
    // The other organisation's owner is nobody here.
    expect(await auditRows(viewer, { actor: other.members.OWNER.userId })).toEqual([])
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
    expect(await auditRows(viewer, { from: day(2) })).toEqual([])
    expect(await auditRows(viewer, { to: day(-2) })).toEqual([])
    expect((await auditRows(viewer, { from: day(-1), to: day(1) })).map((r) => r.action).sort()).toEqual([
      'invitation.created',
      'member.role_changed',
      'organization.created',
    ])
    expect(await auditRows(viewer, { page: '2' })).toEqual([])
  })

  it('rewrites events recorded before actors were user ids and target types had one spelling (the migration)', async () => {
    const org = await createTestOrg()
    const manager = org.members.MANAGER
    // Rows as the planner wrote them before: the manager's membership id as actor, two spellings.
    await prisma.auditEvent.createMany({
      data: [
        { organizationId: org.orgId, actorId: manager.membershipId, action: 'plan.publish', targetType: 'Plan', targetId: 'p1' },
        { organizationId: org.orgId, actorId: manager.membershipId, action: 'plan.pin', targetType: 'WorkItem', targetId: 'w1' },
      ],
    })
    expect((await auditRows(org.members.ADMIN, { action: 'plan.' })).map((r) => r.actor)).toEqual(['Former member', 'Former member'])

    const dir = join(process.cwd(), 'prisma', 'migrations')
    const migration = readdirSync(dir).find((name) => name.endsWith('_audit_actor_user_ids'))!
    const sql = readFileSync(join(dir, migration, 'migration.sql'), 'utf8').replace(/^--.*$/gm, '')
    for (const statement of sql
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean))
      await prisma.$executeRawUnsafe(statement)

    const rows = await auditRows(org.members.ADMIN, { actor: manager.userId })
    expect(rows.map((r) => [r.action, r.actor, r.target]).sort()).toEqual([
      ['plan.pin', await nameOf(manager), 'work-item w1'],
      ['plan.publish', await nameOf(manager), 'plan p1'],
    ])
  })

  it('drops malformed filter values instead of failing the page', () => {
    expect(
      auditFilterSchema.parse({ action: 'team.created', from: 'yesterday', to: '2026-02-30x', page: '-3', actor: ['a', 'b'] }),
    ).toEqual({ action: 'team.created' })
    expect(auditFilterSchema.parse({ from: '2026-01-31', page: '2' })).toEqual({ from: '2026-01-31', page: 2 })
  })
})
