import { prisma } from '@/lib/db/client'
import type { Mode, WorkType } from '@/lib/core/work-types'
import { createTestOrg, createUser, type TestOrg } from '../../support/factories'

// A small organisation where every dashboard figure can be worked out by hand (see the tests for
// the sums). Team "Core" (from createTestOrg) has four profiled engineers plus one without a
// profile; team "Edge" is three orchestrators whose active sprint has no plan yet.

const DAY = 86_400_000
export const NOW = new Date('2026-02-05T12:00:00Z')

type Person = { membershipId: string; name: string }

async function person(
  org: TestOrg,
  teamId: string,
  name: string,
  profile: { type: Mode; capacity?: number; surveyedDaysAgo?: number; preferred?: Mode },
): Promise<Person> {
  const user = await createUser(name)
  await prisma.user.update({ where: { id: user.id }, data: { name } })
  const m = await prisma.membership.create({ data: { organizationId: org.orgId, userId: user.id, role: 'ENGINEER' } })
  await prisma.teamMember.create({ data: { organizationId: org.orgId, teamId, membershipId: m.id } })
  await prisma.engineerProfile.create({
    data: {
      organizationId: org.orgId,
      membershipId: m.id,
      primaryType: profile.type,
      preferredMode: profile.preferred ?? null,
      capacityHours: profile.capacity ?? 60,
      surveyedAt: new Date(NOW.getTime() - (profile.surveyedDaysAgo ?? 10) * DAY),
    },
  })
  return { membershipId: m.id, name }
}

type ItemSpec = {
  key: string
  type: WorkType
  hours: number
  to?: Person | null
  override?: Mode
  outcome?: { onTime: boolean; rework?: number; defects?: number }
}

async function sprint(
  org: TestOrg,
  teamId: string,
  name: string,
  status: 'ACTIVE' | 'CLOSED',
  start: string,
  items: ItemSpec[],
  plan: 'PUBLISHED' | 'DRAFT' | null,
) {
  const organizationId = org.orgId
  const startDate = new Date(`${start}T00:00:00Z`)
  const s = await prisma.sprint.create({
    data: { organizationId, teamId, name, status, startDate, endDate: new Date(startDate.getTime() + 13 * DAY) },
  })
  const created = new Map<string, string>()
  for (const it of items) {
    const w = await prisma.workItem.create({
      data: {
        organizationId,
        teamId,
        sprintId: s.id,
        title: it.key,
        type: it.type,
        hours: it.hours,
        priority: 2,
        modeOverride: it.override ?? null,
      },
    })
    created.set(it.key, w.id)
    if (it.outcome) {
      await prisma.outcome.create({
        data: {
          organizationId,
          sprintId: s.id,
          workItemId: w.id,
          delivery: it.outcome.onTime ? 'ON_TIME' : 'SLIPPED',
          reworkHours: it.outcome.rework ?? 0,
          defects: it.outcome.defects ?? 0,
        },
      })
    }
  }
  if (plan)
    await addPlan(
      org,
      s.id,
      1,
      plan,
      items.map((it) => ({ itemId: created.get(it.key) ?? '', to: it.to ?? null, mode: modeOf(it) })),
    )
  return { id: s.id, items: created }
}

const POLICY: Partial<Record<WorkType, Mode>> = { COMPLEX_STATE: 'craft' }
const DEFAULTS: Record<WorkType, Mode> = {
  CRUD_SCAFFOLDING: 'orchestration',
  BOILERPLATE: 'orchestration',
  TEST_GENERATION: 'orchestration',
  DOCUMENTATION: 'orchestration',
  RAPID_PROTOTYPING: 'orchestration',
  CODE_REVIEW: 'orchestration',
  COMPLEX_STATE: 'hybrid',
  PERFORMANCE_CRITICAL: 'craft',
  SECURITY_AUTH: 'craft',
  NOVEL_PROBLEM: 'craft',
  INFRASTRUCTURE: 'craft',
  ARCHITECTURE: 'craft',
}
const modeOf = (it: ItemSpec): Mode => it.override ?? POLICY[it.type] ?? DEFAULTS[it.type]

export async function addPlan(
  org: TestOrg,
  sprintId: string,
  version: number,
  status: 'PUBLISHED' | 'DRAFT',
  rows: { itemId: string; to: Person | null; mode: Mode }[],
) {
  const plan = await prisma.plan.create({ data: { organizationId: org.orgId, sprintId, version, status, objective: 0 } })
  await prisma.assignment.createMany({
    data: rows.map((r) => ({
      organizationId: org.orgId,
      planId: plan.id,
      workItemId: r.itemId,
      membershipId: r.to?.membershipId ?? null,
      mode: r.mode,
      fit: 0.5,
      value: 1,
    })),
  })
}

/** Answers given on `givenAt`: dashboards group pulses by the month they were given in. */
async function pulse(org: TestOrg, sprintId: string, givenAt: string, answers: [Person, number, number, number][]) {
  const createdAt = new Date(`${givenAt}T10:00:00Z`)
  await prisma.pulseResponse.createMany({
    data: answers.map(([p, deepWorkShare, preferredModeShare, energy]) => ({
      organizationId: org.orgId,
      sprintId,
      membershipId: p.membershipId,
      deepWorkShare,
      preferredModeShare,
      energy,
      createdAt,
    })),
  })
}

export async function buildKnownOrg() {
  const org = await createTestOrg()
  const organizationId = org.orgId
  await prisma.organization.update({ where: { id: organizationId }, data: { anonymityThreshold: 3 } })
  await prisma.workTypePolicy.update({
    where: { organizationId_workType: { organizationId, workType: 'COMPLEX_STATE' } },
    data: { mode: 'craft' },
  })
  const core = org.teamId
  await prisma.team.update({ where: { id: core }, data: { name: 'Core' } })
  const edgeTeam = await prisma.team.create({ data: { organizationId, name: 'Edge' } })
  const A = await person(org, core, 'Ada', { type: 'craft', capacity: 40 })
  const B = await person(org, core, 'Bo', { type: 'craft', surveyedDaysAgo: 100 })
  const C = await person(org, core, 'Cy', { type: 'orchestration' })
  const D = await person(org, core, 'Di', { type: 'hybrid' })
  const E = await person(org, edgeTeam.id, 'Eve', { type: 'orchestration' })
  const F = await person(org, edgeTeam.id, 'Fay', { type: 'orchestration' })
  const G = await person(org, edgeTeam.id, 'Gus', { type: 'orchestration', preferred: 'orchestration' })

  const s1 = await sprint(
    org,
    core,
    'Core 1',
    'CLOSED',
    '2026-01-05',
    [
      { key: 'j1', type: 'SECURITY_AUTH', hours: 10, to: A, outcome: { onTime: true } },
      { key: 'j2', type: 'BOILERPLATE', hours: 10, to: C, outcome: { onTime: false, rework: 2, defects: 1 } },
      { key: 'j3', type: 'TEST_GENERATION', hours: 10, to: B, outcome: { onTime: true, rework: 1 } },
    ],
    'PUBLISHED',
  )
  const s2 = await sprint(
    org,
    core,
    'Core 2',
    'CLOSED',
    '2026-01-19',
    [
      { key: 'k1', type: 'PERFORMANCE_CRITICAL', hours: 10, to: A, outcome: { onTime: false, rework: 3, defects: 2 } },
      { key: 'k2', type: 'CRUD_SCAFFOLDING', hours: 10, to: B, outcome: { onTime: true } },
    ],
    'PUBLISHED',
  )
  const s3 = await sprint(
    org,
    core,
    'Core 3',
    'ACTIVE',
    '2026-02-02',
    [
      { key: 'i1', type: 'SECURITY_AUTH', hours: 10, to: A },
      { key: 'i2', type: 'CRUD_SCAFFOLDING', hours: 8, to: B },
      { key: 'i3', type: 'COMPLEX_STATE', hours: 6, to: C },
      { key: 'i4', type: 'DOCUMENTATION', hours: 4, to: B, override: 'craft' },
      { key: 'i5', type: 'ARCHITECTURE', hours: 20, to: A },
    ],
    'PUBLISHED',
  )
  // A newer draft must not replace the published plan.
  await addPlan(
    org,
    s3.id,
    2,
    'DRAFT',
    [...s3.items.values()].map((itemId) => ({ itemId, to: C, mode: 'orchestration' })),
  )
  // Core 3 has ten working days: Ada 3 h a day (30 h), Bo 1.5 h (15 h), Cy 5 h (50 h).
  await prisma.availability.createMany({
    data: [
      [A, 3],
      [B, 1.5],
      [C, 5],
    ].map(([p, hoursPerDay]) => ({
      organizationId,
      sprintId: s3.id,
      membershipId: (p as Person).membershipId,
      hoursPerDay: hoursPerDay as number,
    })),
  })
  const e0a = await sprint(
    org,
    edgeTeam.id,
    'Edge 1',
    'CLOSED',
    '2026-01-06',
    [{ key: 'e1', type: 'CRUD_SCAFFOLDING', hours: 5, to: E, outcome: { onTime: true } }],
    'PUBLISHED',
  )
  const e0b = await sprint(
    org,
    edgeTeam.id,
    'Edge 2',
    'CLOSED',
    '2026-01-20',
    [{ key: 'e2', type: 'DOCUMENTATION', hours: 5, to: F }],
    'PUBLISHED',
  )
  await sprint(org, edgeTeam.id, 'Edge 3', 'ACTIVE', '2026-02-03', [{ key: 'e3', type: 'NOVEL_PROBLEM', hours: 12 }], null)
  // A sprint still being planned is not part of any figure.
  await sprint(org, core, 'Core 4', 'CLOSED', '2026-02-16', [], null).then((s) =>
    prisma.sprint.update({ where: { id: s.id }, data: { status: 'PLANNING' } }),
  )

  // Band midpoints (10/30/50/70/90%), as the pulse form stores them. Core 1 and Edge 1 were answered
  // in January (ended at NOW); Core 2 and Edge 2 in February, the month still running at NOW.
  await pulse(org, s1.id, '2026-01-19', [
    [A, 0.1, 0.3, 2],
    [B, 0.3, 0.5, 3],
    [C, 0.7, 0.7, 4],
    [D, 0.9, 0.9, 5],
  ])
  await pulse(org, e0a.id, '2026-01-20', [
    [E, 0.5, 0.5, 3],
    [F, 0.5, 0.5, 3],
  ])
  await pulse(org, s2.id, '2026-02-01', [
    [A, 0.9, 0.9, 5],
    [B, 0.3, 0.3, 1],
    [C, 0.3, 0.3, 3],
  ])
  await pulse(org, e0b.id, '2026-02-02', [
    [E, 0.5, 0.5, 3],
    [F, 0.5, 0.5, 3],
    [G, 0.5, 0.5, 3],
  ])
  return { org, coreId: core, edgeId: edgeTeam.id, people: { A, B, C, D, E, F, G }, sprints: { s1: s1.id, s2: s2.id, s3: s3.id } }
}
