import { describe, expect, it } from 'vitest'
import { submitPulseAction } from '@/app/(app)/pulse/actions'
import { prisma } from '@/lib/db/client'
import { getPulseAggregates, listPendingPulses } from '@/lib/db/pulse'
import { PULSE_VERSION } from '@/lib/survey/pulse'
import { createTestOrg, createUser, signInAs, type TestOrg } from '../../support/factories'

const DAY = 86_400_000
const pulse = (sprintId: string) => ({ version: PULSE_VERSION, sprintId, deepWorkShare: '60-80', preferredModeShare: '40-60', energy: 4, comment: 'Too many meetings on Tuesday.' })

function createSprint(org: TestOrg, teamId: string, status: 'ACTIVE' | 'CLOSED', endDaysFromNow: number) {
  const end = new Date(Date.now() + endDaysFromNow * DAY)
  return prisma.sprint.create({ data: { organizationId: org.orgId, teamId, name: `Sprint ${Math.random().toString(36).slice(2, 6)}`, status, startDate: new Date(end.getTime() - 13 * DAY), endDate: end } })
}

/** A team of `size` new engineers, each answering the sprint's pulse directly. */
async function teamWithPulses(org: TestOrg, name: string, size: number, sprintEndDaysAgo = 1) {
  const team = await prisma.team.create({ data: { organizationId: org.orgId, name } })
  const sprint = await createSprint(org, team.id, 'CLOSED', -sprintEndDaysAgo)
  for (let i = 0; i < size; i++) {
    const user = await createUser(`${name} ${i}`)
    const m = await prisma.membership.create({ data: { organizationId: org.orgId, userId: user.id, role: 'ENGINEER' } })
    await prisma.teamMember.create({ data: { organizationId: org.orgId, teamId: team.id, membershipId: m.id } })
    await prisma.pulseResponse.create({ data: { organizationId: org.orgId, sprintId: sprint.id, membershipId: m.id, deepWorkShare: 0.7, preferredModeShare: 0.5, energy: 4, comment: 'private' } })
  }
  return { team, sprint }
}

const setThreshold = (org: TestOrg, anonymityThreshold: number) => prisma.organization.update({ where: { id: org.orgId }, data: { anonymityThreshold } })

describe('sprint pulse', () => {
  it('is offered once a sprint of the engineer’s team ends, and taken once per sprint', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    const running = await createSprint(org, org.teamId, 'ACTIVE', 5)
    const ended = await createSprint(org, org.teamId, 'ACTIVE', -1)
    const closedEarly = await createSprint(org, org.teamId, 'CLOSED', 3)
    const pending = await listPendingPulses(org.orgId, engineer.membershipId)
    expect(pending.map((p) => p.sprintId).sort()).toEqual([ended.id, closedEarly.id].sort())

    await signInAs(engineer)
    expect(await submitPulseAction(pulse(running.id))).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await submitPulseAction(pulse(ended.id))).toMatchObject({ ok: true })
    expect(await submitPulseAction({ ...pulse(ended.id), energy: 1 })).toMatchObject({ ok: false, code: 'CONFLICT' })
    const rows = await prisma.pulseResponse.findMany({ where: { sprintId: ended.id } })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ deepWorkShare: 0.7, preferredModeShare: 0.5, energy: 4, membershipId: engineer.membershipId })
    expect((await listPendingPulses(org.orgId, engineer.membershipId)).map((p) => p.sprintId)).toEqual([closedEarly.id])
  })

  it('refuses sprints of other organisations and of teams the engineer is not on', async () => {
    const org = await createTestOrg()
    const other = await createTestOrg()
    const foreign = await createSprint(other, other.teamId, 'CLOSED', -1)
    const otherTeam = await prisma.team.create({ data: { organizationId: org.orgId, name: 'Elsewhere' } })
    const notMine = await createSprint(org, otherTeam.id, 'CLOSED', -1)
    await signInAs(org.members.ENGINEER)
    expect(await submitPulseAction(pulse(foreign.id))).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await submitPulseAction(pulse(notMine.id))).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await submitPulseAction({ ...pulse(notMine.id), deepWorkShare: '55%' })).toMatchObject({ ok: false, code: 'INVALID' })
  })
})

describe('pulse aggregates', () => {
  it('suppresses a 4-person team at threshold 5 and shows it at threshold 3', async () => {
    const org = await createTestOrg()
    const { sprint } = await teamWithPulses(org, 'Four', 4)
    await setThreshold(org, 5)
    const hidden = await getPulseAggregates(org.orgId, { sprintIds: [sprint.id] })
    expect(hidden.threshold).toBe(5)
    expect(hidden.sprints[0]).toMatchObject({ responses: 4, visible: false, reason: 'total-below-threshold', aggregate: null })
    expect(hidden.total).toMatchObject({ visible: false, aggregate: null })

    await setThreshold(org, 3)
    const shown = await getPulseAggregates(org.orgId, { sprintIds: [sprint.id] })
    expect(shown.sprints[0]).toMatchObject({ visible: true, aggregate: { responses: 4, deepWorkSharePct: 70, preferredModeSharePct: 50, energy: 4 } })
    expect(JSON.stringify(shown)).not.toContain('private')
  })

  it('hides a big team too when the org total would give a small one away by subtraction', async () => {
    const org = await createTestOrg()
    const big = await teamWithPulses(org, 'Big', 6)
    const small = await teamWithPulses(org, 'Small', 2)
    await setThreshold(org, 5)
    const result = await getPulseAggregates(org.orgId, { sprintIds: [big.sprint.id, small.sprint.id] })
    const bySprint = Object.fromEntries(result.sprints.map((s) => [s.sprintId, s]))
    expect(bySprint[small.sprint.id]).toMatchObject({ visible: false, reason: 'below-threshold' })
    expect(bySprint[big.sprint.id]).toMatchObject({ visible: false, reason: 'complementary', aggregate: null })
    expect(result.total).toMatchObject({ visible: true, responses: 8 })

    const bigger = await teamWithPulses(org, 'Bigger', 7)
    const three = await getPulseAggregates(org.orgId, { sprintIds: [big.sprint.id, small.sprint.id, bigger.sprint.id] })
    const visible = three.sprints.filter((s) => s.visible).map((s) => s.sprintId)
    expect(visible).toEqual([bigger.sprint.id])
  })

  it('filters by team and ignores sprint ids of other organisations', async () => {
    const org = await createTestOrg()
    const other = await createTestOrg()
    const mine = await teamWithPulses(org, 'Mine', 5)
    const theirs = await teamWithPulses(other, 'Theirs', 5)
    const result = await getPulseAggregates(org.orgId, { sprintIds: [mine.sprint.id, theirs.sprint.id] })
    expect(result.sprints.map((s) => s.sprintId)).toEqual([mine.sprint.id])
    const filtered = await getPulseAggregates(org.orgId, { teamId: org.teamId, sprintIds: [mine.sprint.id] })
    expect(filtered.sprints).toEqual([])
  })
})
