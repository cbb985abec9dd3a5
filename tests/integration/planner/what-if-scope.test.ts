import { describe, expect, it } from 'vitest'
import { createPlanAction, previewWhatIfAction, saveWhatIfAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { prisma } from '@/lib/db/client'
import { parseMeta } from '@/lib/planner/meta'
import { signInAs } from '../../support/factories'
import { createPlanningOrg, unwrap } from './fixtures'

// A what-if names people by membership id. Ids that are not on the sprint's team (another
// organisation's member, a made-up id, or a member of this organisation outside the team) are refused,
// so they never reach a saved version's summary.

const RANDOM_ID = 'cl0000000000000000000000x'

async function withBasePlan() {
  const org = await createPlanningOrg()
  const other = await createPlanningOrg()
  await signInAs(org.members.MANAGER)
  const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
  // The owner belongs to the organisation but not to the sprint’s team.
  return { org, outsiders: [other.members.ENGINEER.membershipId, RANDOM_ID, org.members.OWNER.membershipId], planId: v1.planId }
}

const scenarios = (outsider: string, insider: string) => [
  { capacity: { [outsider]: 8 }, removed: [] },
  { capacity: {}, removed: [outsider] },
  { capacity: { [insider]: 16, [outsider]: 0 }, removed: [] },
]

describe('what-if ids outside the sprint team', () => {
  it('refuses another organisation’s member, a random id and an off-team member in a preview', async () => {
    const { org, outsiders, planId } = await withBasePlan()
    for (const outsider of outsiders) {
      for (const scenario of scenarios(outsider, org.engineers[0])) {
        expect(await previewWhatIfAction({ planId, revision: 0, scenario })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
      }
    }
  })

  it('refuses them when saving, and writes nothing', async () => {
    const { org, outsiders, planId } = await withBasePlan()
    for (const outsider of outsiders) {
      for (const scenario of scenarios(outsider, org.engineers[0])) {
        expect(await saveWhatIfAction({ planId, revision: 0, scenario })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
      }
    }
    expect(await prisma.plan.count({ where: { sprintId: org.sprintId } })).toBe(1)
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'plan.what-if' } })).toBe(0)
    const base = await prisma.plan.findUniqueOrThrow({ where: { id: planId }, select: { revision: true } })
    expect(base.revision).toBe(0)
  })

  it('still saves a what-if about the team, and drops a carried id whose member has left', async () => {
    const { org, planId } = await withBasePlan()
    const [stays, leaves] = [org.engineers[0], org.engineers[2]]
    const v2 = unwrap(await saveWhatIfAction({ planId, revision: 0, scenario: { capacity: { [stays]: 16 }, removed: [leaves] } }))
    await prisma.membership.delete({ where: { id: leaves } })
    // The panel sends the base version's scenario back with its own edits, so the departed id comes along.
    const v3 = unwrap(
      await saveWhatIfAction({ planId: v2.planId, revision: 0, scenario: { capacity: { [stays]: 24 }, removed: [leaves] } }),
    )
    const saved = await prisma.plan.findUniqueOrThrow({ where: { id: v3.planId }, select: { summary: true } })
    expect(parseMeta(saved.summary).scenario).toEqual({ capacity: { [stays]: 24 }, removed: [] })
  })
})
