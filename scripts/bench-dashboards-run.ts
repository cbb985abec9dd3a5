// The timing half of scripts/bench-dashboards.ts: runs inside the react-server condition so that
// lib/db (server-only) loads exactly as the pages use it. Prints a table of p50/p95 in ms.
import { prisma } from '@/lib/db/client'
import { getDashboard } from '@/lib/db/dashboards/dashboard'
import { getModeMix } from '@/lib/db/dashboards/mix'
import { listOutcomeGroups, listWindowOutcomes } from '@/lib/db/dashboards/outcomes'
import { listPersonLoads } from '@/lib/db/dashboards/load'
import { getDashboardPulse } from '@/lib/db/dashboards/pulse'
import { listSprintSeries } from '@/lib/db/dashboards/series'
import { listOrgIdsForSystemJob } from '@/lib/db/org-id'
import { getDashboardScope } from '@/lib/db/dashboards/scope'
import { buildDashboardView, type DashboardData } from '@/lib/metrics/view'

const runs = Number(process.argv[2] ?? 20)
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

// A benchmark acts for no user, like a system job: the seeded 'large' organisation, read by its slug.
const [orgId] = await listOrgIdsForSystemJob({ slug: 'large' })
if (!orgId) throw new Error("No organisation 'large': seed it first (see scripts/bench-dashboards.ts).")
const team = await prisma.team.findFirstOrThrow({
  where: { organizationId: orgId },
  orderBy: { name: 'asc' },
  select: { id: true, name: true },
})
const counts = await Promise.all([
  prisma.membership.count({ where: { organizationId: orgId } }),
  prisma.sprint.count({ where: { organizationId: orgId } }),
  prisma.workItem.count({ where: { organizationId: orgId } }),
])
console.log(`Organisation: ${counts[0]} members, ${counts[1]} sprints, ${counts[2]} work items; ${runs} timed runs after 3 warm-ups.`)

// The pure part on its own: the view built from already loaded rows.
const scope = await getDashboardScope(orgId, null)
const data: DashboardData = {
  teamId: null,
  title: scope.title,
  teams: scope.teams,
  anonymityThreshold: scope.anonymityThreshold,
  mix: await getModeMix(orgId, null, new Date()),
  sprints: await listSprintSeries(orgId, null),
  loads: await listPersonLoads(orgId, null),
  outcomes: await listOutcomeGroups(orgId, null),
  pulse: await getDashboardPulse(orgId),
}

const cases: [string, () => Promise<unknown>][] = [
  ['Organisation dashboard (getDashboard)', () => getDashboard(orgId, null)],
  [`Team dashboard (getDashboard, ${team.name})`, () => getDashboard(orgId, team.id)],
  ['  org: getModeMix', () => getModeMix(orgId, null, new Date())],
  ['  org: listSprintSeries (outcomes from above)', () => listSprintSeries(orgId, null, Promise.resolve(new Map()))],
  ['  org: listPersonLoads', () => listPersonLoads(orgId, null)],
  ['  org: listWindowOutcomes (mode, type, sprint)', () => listWindowOutcomes(orgId, null)],
  ['  org: getDashboardPulse (sealed months)', () => getDashboardPulse(orgId)],
  ['  org: buildDashboardView (pure JS)', async () => buildDashboardView(data)],
]
const rows: string[] = []
for (const [label, fn] of cases) {
  for (let i = 0; i < 3; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await fn()
    times.push(performance.now() - started)
  }
  rows.push(`| ${label.padEnd(44)} | ${percentile(times, 50).toFixed(1).padStart(7)} | ${percentile(times, 95).toFixed(1).padStart(7)} |`)
}
console.log(`| ${'Server-side data loading'.padEnd(44)} | p50 ms  | p95 ms  |\n|${'-'.repeat(46)}|---------|---------|\n${rows.join('\n')}`)
await prisma.$disconnect()
