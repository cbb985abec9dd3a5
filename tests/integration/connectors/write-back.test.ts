import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishPlanAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { prisma } from '@/lib/db/client'
import { listLastWriteBacks } from '@/lib/db/connectors/write-back'
import { updateConnectionSettings } from '@/lib/db/connectors/connections'
import { createTrackerConnection } from '@/lib/server/connectors/manage'
import { syncConnection } from '@/lib/server/connectors/sync'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { JIRA_ACCOUNT, JIRA_TOKEN, startJiraStandIn } from '../../support/trackers/jira-stand-in'
import { createSprintRow, ok } from '../work-items/helpers'
import { itemByKey } from './helpers'

// Publishing a plan writes the planned assignees back to a tracker whose connection has write-back on,
// matching people by e-mail, and reports who could not be matched; with it off, nothing is written.

let org: TestOrg
let jira: Awaited<ReturnType<typeof startJiraStandIn>>
let connectionId: string

/** A draft plan of a fresh sprint assigning PROJ-1 to the manager, PROJ-2 to the engineer and PROJ-3 to nobody. */
async function draftPlan() {
  const sprint = await createSprintRow(org.orgId, org.teamId, `Sprint ${Date.now()}`)
  const plan = await prisma.plan.create({ data: { organizationId: org.orgId, sprintId: sprint.id, version: 1, objective: 1 } })
  const assign = async (key: string, membershipId: string | null) =>
    prisma.assignment.create({
      data: {
        organizationId: org.orgId,
        planId: plan.id,
        workItemId: (await itemByKey(org.orgId, key)).id,
        membershipId,
        mode: 'craft',
        fit: 1,
        value: 1,
      },
    })
  await assign('PROJ-1', org.members.MANAGER.membershipId)
  await assign('PROJ-2', org.members.ENGINEER.membershipId)
  await assign('PROJ-3', null)
  return { planId: plan.id, revision: plan.revision }
}

beforeAll(async () => {
  org = await createTestOrg()
  const seeds = [1, 2, 3].map((n) => ({ key: `PROJ-${n}`, summary: `Update the README part ${n}`, issueType: 'Task' }))
  // Only the manager has a Jira account; the engineer's e-mail matches nobody.
  jira = await startJiraStandIn(seeds, [{ accountId: 'acc-manager', emailAddress: org.members.MANAGER.email, displayName: 'Manager' }])
  ;({ id: connectionId } = await createTrackerConnection(org.orgId, org.members.OWNER.userId, {
    kind: 'JIRA',
    name: 'Jira',
    baseUrl: jira.url,
    account: JIRA_ACCOUNT,
    token: JIRA_TOKEN,
    jql: 'project = PROJ',
    storyPointsField: 'customfield_10016',
    pointsToHours: 4,
    defaultHours: 4,
  }))
  await syncConnection(org.orgId, null, connectionId)
})
afterAll(() => jira.close())

describe('write-back on publish', () => {
  it('is off by default: publishing writes nothing upstream', async () => {
    await signInAs(org.members.MANAGER)
    const result = ok(await publishPlanAction(await draftPlan()))
    expect(result.writeBack).toEqual([])
    expect(jira.assignees.size).toBe(0)
  })

  it('with write-back on, sets matched assignees on the stand-in and reports who was not matched', async () => {
    await updateConnectionSettings(org.orgId, org.members.OWNER.userId, {
      connectionId,
      writeBack: true,
      pointsToHours: 4,
      defaultHours: 4,
      syncSchedule: 'off',
    })
    await signInAs(org.members.MANAGER)
    const result = ok(await publishPlanAction(await draftPlan()))
    expect(result.writeBack).toEqual([{ connectionId, assigned: 1, unmatched: [org.members.ENGINEER.email], failure: null }])
    expect(Object.fromEntries(jira.assignees)).toEqual({ 'PROJ-1': 'acc-manager' })
    expect((await listLastWriteBacks(org.orgId)).get(connectionId)).toMatchObject({ assigned: 1, unmatched: [org.members.ENGINEER.email] })
  })

  it('a tracker refusing the token leaves the publish standing and reports the failure', async () => {
    jira.revokeToken()
    await signInAs(org.members.MANAGER)
    const result = ok(await publishPlanAction(await draftPlan()))
    expect(result.writeBack).toEqual([{ connectionId, assigned: 0, unmatched: [], failure: 'unauthorized' }])
    expect(await prisma.plan.count({ where: { organizationId: org.orgId, status: { in: ['PUBLISHED', 'SUPERSEDED'] } } })).toBe(3)
  })
})
