import { describe, expect, it } from 'vitest'
import { createSprintAction } from '@/app/(app)/sprints/actions'
import { removeMemberAction } from '@/app/(app)/settings/members/actions'
import { prisma } from '@/lib/db/client'
import { getDashboard } from '@/lib/db/dashboards/dashboard'
import { submitPulse } from '@/lib/db/survey/pulse'
import type { DataTable } from '@/lib/metrics/table'
import { PULSE_VERSION, type ShareBand } from '@/lib/survey/pulse'
import { createTestOrg, createUser, signInAs, type TestOrg } from '../../support/factories'

// Decision 0044: no sequence of ordinary dashboard reads may give away a group smaller than the
// threshold. These replay issue 15's scenario through the real sprint action and dashboard reads.

type Answer = [deepWork: ShareBand, preferred: ShareBand, energy: number]
const SECOND = 1000

/** A team whose members answered the pulse of its closed sprint on `givenAt`, through submitPulse. */
async function teamThatAnswered(org: TestOrg, name: string, givenAt: Date, answers: Answer[]) {
  const team = await prisma.team.create({ data: { organizationId: org.orgId, name } })
  const end = new Date(givenAt.getTime() - 86_400_000)
  const sprint = await prisma.sprint.create({
    data: {
      organizationId: org.orgId,
      teamId: team.id,
      name: `${name} 1`,
      status: 'CLOSED',
      startDate: new Date(end.getTime() - 13 * 86_400_000),
      endDate: end,
    },
  })
  const members = []
  for (const [i, [deepWorkShare, preferredModeShare, energy]] of answers.entries()) {
    const user = await createUser(`${name} ${i}`)
    const m = await prisma.membership.create({ data: { organizationId: org.orgId, userId: user.id, role: 'ENGINEER' } })
    await prisma.teamMember.create({ data: { organizationId: org.orgId, teamId: team.id, membershipId: m.id } })
    await submitPulse(
      org.orgId,
      m.id,
      { version: PULSE_VERSION, sprintId: sprint.id, deepWorkShare, preferredModeShare, energy, comment: '' },
      givenAt,
    )
    members.push(m)
  }
  return { team, members }
}

type Shown = { key: string; n: number; deepWork: number; preferred: number; energy: number }

/** Every pulse figure a lead sees on the organisation page and every team page at `now`. */
async function readAll(org: TestOrg, teamIds: string[], now: Date): Promise<Shown[]> {
  const views = await Promise.all([null, ...teamIds].map((teamId) => getDashboard(org.orgId, teamId, now)))
  return views.flatMap((view, i) => {
    const table: DataTable = view.trends.pulseTable
    return table.rows
      .filter((row) => typeof row.responses === 'number')
      .map((row) => ({
        key: `${i}:${String(row[table.columns[0].key])}`,
        n: Number(row.responses),
        deepWork: Number(row.deepWork),
        preferred: Number(row.preferred),
        energy: Number(row.energy),
      }))
  })
}

/**
 * The lead's arithmetic: a shown figure minus one or two others (sums = count × mean). Returns every
 * group of 1..threshold−1 answers so derived; an honest design leaves none.
 */
function smallGroupsDerived(shown: Shown[], threshold: number) {
  const unique = [...new Map(shown.map((s) => [`${s.key}|${s.n}|${s.deepWork}|${s.preferred}|${s.energy}`, s])).values()]
  const derived = []
  for (const a of unique) {
    for (const b of unique) {
      for (const c of [null, ...unique]) {
        if (a === b || a === c || b === c) continue
        const n = a.n - b.n - (c?.n ?? 0)
        if (n <= 0 || n >= threshold) continue
        const sum = (pick: (s: Shown) => number) => (a.n * pick(a) - b.n * pick(b) - (c ? c.n * pick(c) : 0)) / n
        derived.push({ n, deepWork: sum((s) => s.deepWork), preferred: sum((s) => s.preferred), energy: sum((s) => s.energy) })
      }
    }
  }
  return derived
}

describe('pulse figures across reads', () => {
  it('give a 3-person team away to no sequence of reads, even when another team starts a sprint in between (issue 15)', async () => {
    const org = await createTestOrg()
    const now = new Date()
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15, 10))
    // The small team's truth: 16.7% deep work, 23.3% in the preferred mode, energy 1.3.
    const small = await teamThatAnswered(org, 'Small', lastMonth, [
      ['0-20', '0-20', 1],
      ['0-20', '20-40', 1],
      ['20-40', '20-40', 2],
    ])
    const big1 = await teamThatAnswered(
      org,
      'Big One',
      lastMonth,
      Array.from({ length: 5 }, (): Answer => ['60-80', '60-80', 4]),
    )
    const big2 = await teamThatAnswered(
      org,
      'Big Two',
      lastMonth,
      Array.from({ length: 5 }, (): Answer => ['40-60', '80-100', 3]),
    )
    const teams = [small.team.id, big1.team.id, big2.team.id]

    const before = await readAll(org, teams, now)
    await signInAs(org.members.MANAGER)
    const today = now.toISOString().slice(0, 10)
    expect(
      await createSprintAction({ teamId: small.team.id, name: 'Small 2', startDate: today, endDate: today, status: 'ACTIVE' }),
    ).toMatchObject({ ok: true })
    const after = await readAll(org, teams, new Date(now.getTime() + 30 * SECOND))

    expect(before.length).toBeGreaterThan(0)
    expect(smallGroupsDerived([...before, ...after], 5)).toEqual([])
    expect(after).toEqual(before)
  })

  it('keep a month’s figures once shown, even after a member leaves, and hide them at once under a raised threshold', async () => {
    const org = await createTestOrg()
    const now = new Date()
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 10, 10))
    const { team, members } = await teamThatAnswered(org, 'Six', lastMonth, [
      ...Array.from({ length: 5 }, (): Answer => ['60-80', '60-80', 4]),
      ['0-20', '0-20', 1],
    ])
    const first = await getDashboard(org.orgId, team.id, now)
    expect(first.trends.pulse.at(-1)?.figure).toMatchObject({ visible: true, responses: 6, energy: 3.5 })

    // Without the seal, 6 answers then 5 would give away the leaver's answer by subtraction.
    await signInAs(org.members.OWNER)
    expect(await removeMemberAction({ membershipId: members[5].id })).toMatchObject({ ok: true })
    const later = await getDashboard(org.orgId, team.id, new Date(now.getTime() + 30 * SECOND))
    expect(later.trends.pulse).toEqual(first.trends.pulse)

    await prisma.organization.update({ where: { id: org.orgId }, data: { anonymityThreshold: 7 } })
    const stricter = await getDashboard(org.orgId, team.id, now)
    expect(stricter.trends.pulse.at(-1)?.figure).toEqual({ visible: false, reason: 'total-below-threshold' })
  })

  it('wait for the month to end, and keep each organisation’s months to itself', async () => {
    const org = await createTestOrg()
    const other = await createTestOrg()
    const now = new Date()
    const { team } = await teamThatAnswered(
      org,
      'Five',
      now,
      Array.from({ length: 5 }, (): Answer => ['60-80', '60-80', 4]),
    )
    // The running month: answers still come in, so nothing of it is shown (nor sealed).
    const running = await getDashboard(org.orgId, team.id, now)
    expect(running.trends.pulse.every((p) => !p.figure.visible)).toBe(true)

    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 2))
    const ended = await getDashboard(org.orgId, team.id, nextMonth)
    expect(ended.trends.pulse.at(-1)?.figure).toMatchObject({ visible: true, responses: 5, deepWorkShare: 0.7, energy: 4 })
    const elsewhere = await getDashboard(other.orgId, null, nextMonth)
    expect(elsewhere.trends.pulse.every((p) => !p.figure.visible)).toBe(true)
    expect(await prisma.pulsePeriodSeal.count({ where: { organizationId: org.orgId } })).toBe(7)
  })
})
