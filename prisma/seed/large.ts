import { randomUUID } from 'node:crypto'
import type { PrismaClient } from '../../lib/generated/prisma/client'
import { DEFAULT_POLICY } from '../../lib/matching'
import { MODES, WORK_TYPES, type Mode } from '../../lib/core/work-types'

/**
 * `npm run db:seed -- --large`: an organisation at the size the dashboards must stay fast for
 * (docs/performance.md): 500 members in 10 teams, 50 sprints (5 per team, the newest active),
 * 20,000 work items, a published plan per sprint, outcomes and pulse answers for closed sprints.
 * Deterministic (seeded PRNG) so benchmark runs are comparable; bulk createMany in chunks.
 */
export const LARGE = { slug: 'large', teams: 10, membersPerTeam: 50, sprintsPerTeam: 5, itemsPerSprint: 400 } as const

const DAY = 86_400_000
const CHUNK = 2_000

function prng(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function insert<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK))
}

export async function seedLarge(prisma: PrismaClient, passwordHash: string, now: Date) {
  const rand = prng(42)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
  const organizationId = randomUUID()
  await prisma.organization.create({ data: { id: organizationId, name: 'Large Co', slug: LARGE.slug, anonymityThreshold: 5 } })
  await prisma.workTypePolicy.createMany({
    data: WORK_TYPES.map((workType) => ({ organizationId, workType, mode: DEFAULT_POLICY[workType].recommended })),
  })

  const users: { id: string; email: string; name: string; passwordHash: string }[] = []
  const memberships: { id: string; organizationId: string; userId: string; role: 'LEAD' | 'ENGINEER' }[] = []
  const profiles: {
    organizationId: string
    membershipId: string
    primaryType: Mode
    preferredMode: Mode | null
    capacityHours: number
    surveyedAt: Date
  }[] = []
  const teams = Array.from({ length: LARGE.teams }, (_, i) => ({
    id: randomUUID(),
    organizationId,
    name: `Team ${String(i + 1).padStart(2, '0')}`,
  }))
  const teamMembers: { organizationId: string; teamId: string; membershipId: string }[] = []
  const people: Record<string, { id: string; type: Mode }[]> = {}
  for (const [t, team] of teams.entries()) {
    people[team.id] = []
    for (let i = 0; i < LARGE.membersPerTeam; i++) {
      const n = t * LARGE.membersPerTeam + i
      const userId = randomUUID()
      const membershipId = randomUUID()
      // Member 0 of team 1 is a lead who can sign in (lead@large.test) to look at the dashboards.
      const lead = n === 0
      users.push({
        id: userId,
        email: lead ? 'lead@large.test' : `person${n}@large.test`,
        name: lead ? 'Large Lead' : `Person ${n}`,
        passwordHash,
      })
      memberships.push({ id: membershipId, organizationId, userId, role: lead ? 'LEAD' : 'ENGINEER' })
      teamMembers.push({ organizationId, teamId: team.id, membershipId })
      if (lead) continue
      const type = pick(MODES)
      // Every tenth profile is older than 90 days, so coverage has something to report.
      profiles.push({
        organizationId,
        membershipId,
        primaryType: type,
        preferredMode: rand() < 0.2 ? pick(MODES) : null,
        capacityHours: 60,
        surveyedAt: new Date(now.getTime() - (n % 10 === 0 ? 120 : 20) * DAY),
      })
      people[team.id].push({ id: membershipId, type })
    }
  }
  await insert(users, (data) => prisma.user.createMany({ data }))
  await insert(memberships, (data) => prisma.membership.createMany({ data }))
  await prisma.team.createMany({ data: teams })
  await insert(teamMembers, (data) => prisma.teamMember.createMany({ data }))
  await insert(profiles, (data) => prisma.engineerProfile.createMany({ data }))

  const sprints = [],
    availability = [],
    items = [],
    plans = [],
    assignments = [],
    outcomes = [],
    pulses = []
  for (const team of teams) {
    for (let s = 0; s < LARGE.sprintsPerTeam; s++) {
      const active = s === LARGE.sprintsPerTeam - 1
      const start = new Date(now.getTime() - (LARGE.sprintsPerTeam - 1 - s) * 14 * DAY - 3 * DAY)
      const sprintId = randomUUID()
      sprints.push({
        id: sprintId,
        organizationId,
        teamId: team.id,
        name: `${team.name} · Sprint ${s + 1}`,
        status: active ? ('ACTIVE' as const) : ('CLOSED' as const),
        startDate: start,
        endDate: new Date(start.getTime() + 13 * DAY),
      })
      const planId = randomUUID()
      plans.push({ id: planId, organizationId, sprintId, version: 1, status: 'PUBLISHED' as const, objective: 0, publishedAt: start })
      for (const p of people[team.id]) {
        availability.push({ organizationId, sprintId, membershipId: p.id, hoursPerDay: rand() < 0.1 ? 3 : 6 })
        if (!active)
          pulses.push({
            organizationId,
            sprintId,
            membershipId: p.id,
            createdAt: new Date(start.getTime() + 13 * DAY),
            deepWorkShare: pick([0.1, 0.3, 0.5, 0.7, 0.9]),
            preferredModeShare: pick([0.3, 0.5, 0.7, 0.9]),
            energy: 1 + Math.floor(rand() * 5),
          })
      }
      for (let i = 0; i < LARGE.itemsPerSprint; i++) {
        const type = pick(WORK_TYPES)
        const mode = DEFAULT_POLICY[type].recommended
        const itemId = randomUUID()
        const hours = 2 + Math.floor(rand() * 10)
        items.push({
          id: itemId,
          organizationId,
          teamId: team.id,
          sprintId,
          title: `${type.toLowerCase()} task ${i + 1}`,
          type,
          hours,
          priority: 1 + Math.floor(rand() * 4),
          status: active ? ('TODO' as const) : ('DONE' as const),
        })
        const owner = rand() < 0.9 ? pick(people[team.id]).id : null
        assignments.push({ organizationId, planId, workItemId: itemId, membershipId: owner, mode, fit: 0.5, value: hours })
        if (!active)
          outcomes.push({
            organizationId,
            workItemId: itemId,
            sprintId,
            delivery: rand() < 0.8 ? ('ON_TIME' as const) : ('SLIPPED' as const),
            reworkHours: rand() < 0.2 ? 2 : 0,
            defects: rand() < 0.1 ? 1 : 0,
          })
      }
    }
  }
  await prisma.sprint.createMany({ data: sprints })
  await prisma.plan.createMany({ data: plans })
  await insert(availability, (data) => prisma.availability.createMany({ data }))
  await insert(items, (data) => prisma.workItem.createMany({ data }))
  await insert(assignments, (data) => prisma.assignment.createMany({ data }))
  await insert(outcomes, (data) => prisma.outcome.createMany({ data }))
  await insert(pulses, (data) => prisma.pulseResponse.createMany({ data }))
  return { organizationId, members: memberships.length, sprints: sprints.length, items: items.length }
}
