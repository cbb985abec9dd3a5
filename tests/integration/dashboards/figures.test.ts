import { beforeAll, describe, expect, it } from 'vitest'
import { getDashboard } from '@/lib/db/dashboards/dashboard'
import type { DashboardView } from '@/lib/metrics/view'
import { buildKnownOrg, NOW } from './known-org'

// Every figure below is worked out by hand from known-org.ts.
let org: DashboardView
let core: DashboardView
let edge: DashboardView

beforeAll(async () => {
  const known = await buildKnownOrg()
  ;[org, core, edge] = await Promise.all([
    getDashboard(known.org.orgId, null, NOW),
    getDashboard(known.org.orgId, known.coreId, NOW),
    getDashboard(known.org.orgId, known.edgeId, NOW),
  ])
})

describe('mode mix', () => {
  it('counts types, missing and out-of-date profiles per team and in total', () => {
    const byTeam = Object.fromEntries(org.mix.teams.map((t) => [t.teamName, t.mix]))
    // Core: Ada and Bo craft (Bo surveyed 100 days ago), Cy orchestration, Di hybrid, the factory's engineer has no profile.
    expect(byTeam.Core).toMatchObject({ orchestration: 1, craft: 2, hybrid: 1, missing: 1, outdated: 1, homogeneous: false })
    expect(byTeam.Edge).toMatchObject({ orchestration: 3, craft: 0, hybrid: 0, missing: 0, outdated: 0, homogeneous: true })
    expect(org.mix.total).toMatchObject({ orchestration: 4, craft: 2, hybrid: 1, missing: 1, outdated: 1, population: 8 })
    expect(org.mix.warnings).toEqual([expect.stringContaining('Edge is 100% orchestration (3 of 3 profiles)')])
    expect(org.mix.coverage).toBe('1 without a profile and 1 with a profile older than 90 days (of 8).')
    expect(core.mix.total).toMatchObject({ orchestration: 1, craft: 2, hybrid: 1 })
    expect(core.mix.warnings).toEqual([])
  })
})

describe('supply vs demand', () => {
  it('uses item overrides and the organisation policy for demand, availability then profile for supply', () => {
    const [c] = core.supply.current
    expect(c.sprintName).toBe('Core 3')
    // SECURITY 10 + COMPLEX_STATE (policy: craft) 6 + DOCUMENTATION (override: craft) 4 + ARCHITECTURE 20; CRUD 8.
    expect(c.demand).toEqual({ orchestration: 8, craft: 40, hybrid: 0 })
    // Ada 30 h and Bo 15 h available (craft), Cy 50 h (orchestration), Di's profile 60 h (hybrid).
    expect(c.supply).toEqual({ orchestration: 50, craft: 45, hybrid: 60 })
    expect(c.summary).toBe(
      'Orchestration capacity (50 h) exceeds orchestration work (8 h) by 42 h: orchestrators will be handed craft or hybrid work they may not enjoy.',
    )
  })

  it('says in words where craft work outgrows craft capacity', () => {
    const [e] = edge.supply.current
    expect(e.demand).toEqual({ orchestration: 0, craft: 12, hybrid: 0 })
    expect(e.supply).toEqual({ orchestration: 180, craft: 0, hybrid: 0 })
    expect(e.findings.map((f) => [f.kind, f.mode, f.hours])).toEqual([
      ['shortfall', 'craft', 12],
      ['surplus', 'orchestration', 180],
    ])
    expect(org.supply.total?.summary).toContain(
      'Craft work (52 h) outgrows craft capacity (45 h) by 7 h; hybrids have 60 h spare to cover it.',
    )
  })
})

describe('deep-work protection', () => {
  it('reads the published plan of the active sprint, not a newer draft', () => {
    expect(core.deepWork.focus[0]).toMatchObject({ sprintName: 'Core 3', planStatus: 'PUBLISHED', note: null })
    const rows = Object.fromEntries(core.deepWork.people.map((p) => [p.name, p]))
    expect(rows.Ada).toMatchObject({ capacity: 30, plannedHours: 30, orchestrationHours: 0, share: 1, target: 0.6, items: 2, flags: [] })
    // Bo: 15 h available, 8 h orchestration → 7/15.
    expect(rows.Bo).toMatchObject({ capacity: 15, plannedHours: 12, orchestrationHours: 8, target: 0.6, items: 2, flags: ['below-target'] })
    expect(rows.Bo.share).toBeCloseTo(7 / 15)
    expect(rows.Cy).toMatchObject({ capacity: 50, plannedHours: 6, share: 1, target: null, items: 1 })
    expect(rows.Di).toMatchObject({ capacity: 60, plannedHours: 0, share: 1, items: 0 })
    expect(core.deepWork.people[0].name).toBe('Bo')
    expect(core.deepWork.flagged).toBe(1)
  })

  it('falls back to the newest planned sprint when the active one has no plan, and says so', () => {
    expect(edge.deepWork.focus[0]).toMatchObject({
      sprintName: 'Edge 2',
      note: 'Edge 3 has no plan yet: showing the published plan of Edge 2.',
    })
    expect(edge.deepWork.people.map((p) => [p.name, p.plannedHours])).toEqual([
      ['Eve', 0],
      ['Fay', 5],
      ['Gus', 0],
    ])
  })

  it('gives the organisation one row per team, every team shown whether anyone is flagged or not', () => {
    // Core's craftspeople: Ada 100% and Bo 7/15; Edge has no craftspeople.
    expect(org.deepWork.teamTable.rows).toEqual([
      { team: 'Core', sprint: 'Core 3', people: core.deepWork.people.length, flagged: 1, craftShare: 73.3 },
      { team: 'Edge', sprint: 'Edge 2', people: 3, flagged: 0, craftShare: null },
    ])
  })
})

describe('mismatch and risk', () => {
  it('shows how much planned time was in each person’s preferred mode, and each team’s on the organisation page', () => {
    expect(core.risk.preferredTable.rows[0]).toEqual({ who: 'Bo', planned: 32, sharePct: 12.5 })
    expect(core.risk.preferred.every((p) => p.preferredShare >= 0 && p.preferredShare <= 1)).toBe(true)
    expect(org.risk.preferredTable.rows.map((r) => r.who)).toEqual(['Core', 'Edge'])
    const coreTeam = org.risk.preferred[0]
    const people = core.risk.preferred
    expect(coreTeam.plannedHours).toBe(people.reduce((sum, p) => sum + p.plannedHours, 0))
    expect(coreTeam.preferredShare).toBeLessThan(1)
  })

  it('flags talent loss, concentration and skill atrophy', () => {
    // Bo (craft): 28 h orchestration (10 + 10 + 8) and 4 h craft over Core 1–3.
    expect(org.risk.talentLoss.map((r) => [r.name, r.teamName, r.preferred, r.plannedHours])).toEqual([['Bo', 'Core', 'craft', 32]])
    expect(org.risk.talentLoss[0].preferredShare).toBeCloseTo(4 / 32)
    // Ada did all 50 h of craft-critical work in Core.
    const [c] = org.risk.concentration
    expect(c.teamName).toBe('Core')
    expect(c.concentration).toMatchObject({ totalHours: 50, topShare: 1, risky: true })
    expect(c.concentration.holders.map((h) => h.name)).toEqual(['Ada'])
    expect(c.message).toContain('Core: Ada held 100% of the craft-critical work')
    expect(org.risk.atrophy.map((a) => a.teamName)).toEqual(['Edge'])
    expect(org.risk.table.rows.map((r) => r.risk)).toEqual(['Talent loss', 'Single point of failure', 'Skill atrophy'])
  })
})

describe('trends and pulse', () => {
  it('shapes one point per sprint for a team, oldest first', () => {
    expect(core.trends.points.map((p) => p.label.replace(/ \(.*\)$/, ''))).toEqual(['Core 1', 'Core 2', 'Core 3'])
    const [p1] = core.trends.points
    expect(p1.demand).toEqual({ orchestration: 20, craft: 10, hybrid: 0 })
    // No availability for Core 1: profile capacities (Ada 40, Bo 60; Cy 60; Di 60).
    expect(p1.capacity).toEqual({ orchestration: 60, craft: 100, hybrid: 60 })
    expect(p1.craftDeepWorkShare).toBeCloseTo((1 + 50 / 60) / 2)
    expect(p1.preferredShare).toBeCloseTo(20 / 30)
    expect(p1.craftWorkShare).toBeCloseTo(1 / 3)
    expect(p1.deliveryRate).toBeCloseTo(2 / 3)
    expect(core.trends.points[2].belowTarget).toBe(1)
  })

  it('shows pulse figures by ended month, hiding small teams and, by complementary suppression, the team that would reveal them', () => {
    const january = (view: DashboardView) => view.trends.pulse.find((p) => p.key === '2026-01')?.figure
    // Six ended months, oldest first; February is still running at NOW, so its answers wait.
    expect(org.trends.pulse.map((p) => p.key)).toEqual(['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01'])
    expect(org.trends.pulse[0].figure).toEqual({ visible: false, reason: 'no-answers' })
    // January: Core 1 (4 people) and Edge 1 (2 < 3), so Core is hidden too; the total covers 6.
    expect(january(edge)).toEqual({ visible: false, reason: 'below-threshold' })
    expect(january(core)).toEqual({ visible: false, reason: 'complementary' })
    expect(january(org)).toEqual({ visible: true, responses: 6, deepWorkShare: 0.5, preferredModeShare: 0.567, energy: 3.3 })
    expect(org.trends.pulseTable.rows.at(-1)).toMatchObject({ month: 'Jan 2026', responses: 6, deepWork: 50, energy: 3.3, status: 'Shown' })
    expect(core.trends.pulseTable.rows.at(-1)).toMatchObject({ responses: null, status: expect.stringContaining('subtraction') })
  })
})

describe('outcomes', () => {
  it('gives delivery rate, rework and defects by mode and by work type', () => {
    const mode = Object.fromEntries(org.outcomes.byMode.map((m) => [m.key, m]))
    expect(mode.orchestration).toMatchObject({ items: 4, onTime: 3, reworkHours: 3, defects: 1, deliveryRate: 0.75 })
    expect(mode.craft).toMatchObject({ items: 2, onTime: 1, reworkHours: 3, defects: 2, deliveryRate: 0.5 })
    expect(mode.hybrid).toMatchObject({ items: 0, deliveryRate: null })
    const type = Object.fromEntries(org.outcomes.byType.map((t) => [t.key, t]))
    expect(type.CRUD_SCAFFOLDING).toMatchObject({ items: 2, onTime: 2 })
    expect(type.PERFORMANCE_CRITICAL).toMatchObject({ items: 1, onTime: 0, reworkHours: 3, defects: 2 })
    const coreMode = Object.fromEntries(core.outcomes.byMode.map((m) => [m.key, m]))
    expect(coreMode.orchestration).toMatchObject({ items: 3, onTime: 2 })
  })
})
