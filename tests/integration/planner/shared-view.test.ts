import { describe, expect, it } from 'vitest'
import { createPlanAction, moveItemAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { prisma } from '@/lib/db/client'
import { findPlannerSprint, getPlannerViewFor } from '@/lib/db/planner/reads'
import { decodeBoard } from '@/lib/planner/wire'
import { signInAs, signOut } from '../../support/factories'
import { createPlanningOrg, unwrap } from './fixtures'

const titles = (view: Awaited<ReturnType<typeof getPlannerViewFor>>) => decodeBoard(view.board!.wire).cards.map((c) => c.title)

describe('the planner view readers share', () => {
  it('is shared by people who only read plans until a write in the organisation, while editors always read it fresh', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const plan = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))

    const first = await getPlannerViewFor(org.orgId, 'LEAD', org.sprintId)
    expect(await getPlannerViewFor(org.orgId, 'LEAD', org.sprintId)).toBe(first)
    expect(first.board?.version).toBe(1)
    expect(first.versions.map((v) => v.version)).toEqual([1])

    // A change that bypasses the app's writes: editors see it at once, readers when the entry expires or a write drops it.
    await prisma.workItem.update({ where: { id: org.itemIds[0] }, data: { title: 'Renamed behind our back' } })
    expect(titles(await getPlannerViewFor(org.orgId, 'MANAGER', org.sprintId))).toContain('Renamed behind our back')
    expect(titles(await getPlannerViewFor(org.orgId, 'LEAD', org.sprintId))).not.toContain('Renamed behind our back')

    // The manager's move is a write in the organisation: the readers' view is dropped and read again.
    unwrap(await moveItemAction({ planId: plan.planId, revision: 0, itemId: org.itemIds[1], toMembershipId: null }))
    const after = await getPlannerViewFor(org.orgId, 'LEAD', org.sprintId)
    expect(after).not.toBe(first)
    expect(after.board?.revision).toBe(1)
    expect(titles(after)).toContain('Renamed behind our back')
    signOut()
  })

  it('keeps each version apart and never keeps a refusal', async () => {
    const org = await createPlanningOrg()
    const other = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 1 }))
    signOut()
    expect((await getPlannerViewFor(org.orgId, 'LEAD', org.sprintId, 1)).board?.version).toBe(1)
    expect((await getPlannerViewFor(org.orgId, 'LEAD', org.sprintId)).board?.version).toBe(2)
    // Another organisation's sprint reads as not found, every time.
    await expect(getPlannerViewFor(org.orgId, 'LEAD', other.sprintId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPlannerViewFor(org.orgId, 'LEAD', other.sprintId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('finds the sprint for the planner layout, leaving the readers view in the cache for the page', async () => {
    const org = await createPlanningOrg()
    const other = await createPlanningOrg()
    const view = await findPlannerSprint(org.orgId, 'LEAD', org.sprintId)
    expect(await getPlannerViewFor(org.orgId, 'LEAD', org.sprintId)).toBe(view)
    // Editors get the sprint's row; their page reads the view fresh.
    expect(await findPlannerSprint(org.orgId, 'MANAGER', org.sprintId)).toMatchObject({ id: org.sprintId })
    for (const role of ['LEAD', 'MANAGER'] as const) {
      await expect(findPlannerSprint(org.orgId, role, other.sprintId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
  })
})
