import { describe, expect, it } from 'vitest'
import { submitPulseAction } from '@/app/(app)/pulse/actions'
import { prisma } from '@/lib/db/client'
import { listPendingPulses } from '@/lib/db/survey/pulse'
import { PULSE_VERSION } from '@/lib/survey/pulse'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'

const DAY = 86_400_000
const pulse = (sprintId: string) => ({
  version: PULSE_VERSION,
  sprintId,
  deepWorkShare: '60-80',
  preferredModeShare: '40-60',
  energy: 4,
  comment: 'Too many meetings on Tuesday.',
})

function createSprint(org: TestOrg, teamId: string, status: 'ACTIVE' | 'CLOSED', endDaysFromNow: number) {
  const end = new Date(Date.now() + endDaysFromNow * DAY)
  return prisma.sprint.create({
    data: {
      organizationId: org.orgId,
      teamId,
      name: `Sprint ${Math.random().toString(36).slice(2, 6)}`,
      status,
      startDate: new Date(end.getTime() - 13 * DAY),
      endDate: end,
    },
  })
}

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
