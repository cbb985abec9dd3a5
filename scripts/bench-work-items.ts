// `npx tsx --conditions=react-server scripts/bench-work-items.ts [items=10000]`
// Seeds one organisation with N work items in a fresh database (DATABASE_URL's server, or an
// embedded PGlite), then times the list queries the /work-items page runs, a 1,000-item bulk
// action and a 10,000-row CSV import. The react-server condition lets lib/db load outside Next.
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
// @ts-expect-error: plain ESM script without types
import { freshDatabase } from './test-db.mjs'

const count = Number(process.argv[2] ?? 10_000)
const db = await freshDatabase('plural_bench')
process.env.DATABASE_URL = db.url
const migrated = spawnSync(process.execPath, ['scripts/migrate.mjs', 'deploy'], { env: process.env, stdio: 'inherit' })
if (migrated.status !== 0) throw new Error('migration failed')

const { prisma } = await import('../lib/db/client')
const { createOrganization } = await import('../lib/db/accounts/organizations')
const { orgIdFromMembership } = await import('../lib/db/org-id')
const { userIdOf } = await import('../lib/db/user-id')
const { listWorkItems } = await import('../lib/db/work-items/list')
const { bulkUpdateWorkItems } = await import('../lib/db/work-items/writes')
const { importWorkItems } = await import('../lib/db/work-items/imports')
const { parseWorkItemFilter } = await import('../lib/work-items/filters')
const { toCsv } = await import('../lib/csv')
const { detectMapping } = await import('../lib/work-items/import-mapping')
const { WORK_TYPES } = await import('../lib/core/work-types')

async function time<T>(label: string, run: () => Promise<T>, repeat = 5) {
  await run() // warm-up: connection, plan cache
  const samples: number[] = []
  for (let i = 0; i < repeat; i++) {
    const start = performance.now()
    await run()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  console.log(
    `${label.padEnd(48)} median ${samples[Math.floor(samples.length / 2)].toFixed(1).padStart(7)} ms   max ${samples[samples.length - 1].toFixed(1).padStart(7)} ms`,
  )
}

try {
  const user = await prisma.user.create({ data: { email: `bench-${Date.now()}@example.test`, name: 'Bench' } })
  const userId = userIdOf(user.id)
  const { organizationId, membershipId } = await createOrganization(userId, 'Bench org')
  const orgId = await orgIdFromMembership(userId, organizationId)
  const team = await prisma.team.create({ data: { organizationId, name: 'Bench team' } })
  const sprint = await prisma.sprint.create({
    data: { organizationId, teamId: team.id, name: 'Bench sprint', startDate: new Date('2026-01-05'), endDate: new Date('2026-01-16') },
  })
  const words = ['login', 'latency', 'docs', 'terraform', 'crud', 'review', 'cache', 'prototype', 'state', 'schema']
  const seedStart = performance.now()
  for (let offset = 0; offset < count; offset += 5_000) {
    await prisma.workItem.createMany({
      data: Array.from({ length: Math.min(5_000, count - offset) }, (_, k) => {
        const i = offset + k
        return {
          organizationId,
          teamId: team.id,
          sprintId: i % 4 === 0 ? sprint.id : null,
          title: `Bench item ${i} ${words[i % words.length]} ${words[(i * 7) % words.length]}`,
          type: WORK_TYPES[i % WORK_TYPES.length],
          hours: (i % 12) + 1,
          priority: (i % 4) + 1,
          status: (['TODO', 'IN_PROGRESS', 'DONE'] as const)[i % 3],
          labels: [`label-${i % 20}`],
          externalKey: `BENCH-${i}`,
          pinnedToId: i % 100 === 0 ? membershipId : null,
        }
      }),
    })
  }
  console.log(`seeded ${count.toLocaleString('en')} items in ${(performance.now() - seedStart).toFixed(0)} ms\n`)
  await prisma.$executeRawUnsafe('ANALYZE "WorkItem"')

  const list = (params: Record<string, string>) => () => listWorkItems(orgId, parseWorkItemFilter(params))
  await time('list: default (newest first, page 1 of 50)', list({}))
  await time('list: last page', list({ page: String(Math.ceil(count / 50)) }))
  await time('list: type filter', list({ type: 'SECURITY_AUTH' }))
  await time('list: mode filter (policy + overrides)', list({ mode: 'craft' }))
  await time('list: status + sprint + sort by priority', list({ status: 'TODO', sprint: sprint.id, sort: 'priority' }))
  await time('list: backlog + label', list({ sprint: 'backlog', label: 'label-3' }))
  await time('list: assignee (pinned or planned)', list({ assignee: membershipId }))
  await time('list: text search "latency"', list({ q: 'latency' }))
  await time('list: text search, no match', list({ q: 'zzzz-nothing' }))
  await time('list: sort by title, 200 per page', list({ sort: 'title', dir: 'asc', size: '200' }))

  const ids = (await prisma.workItem.findMany({ where: { organizationId }, select: { id: true }, take: 1_000 })).map((r) => r.id)
  await time('bulk: set priority on 1,000 items', () => bulkUpdateWorkItems(orgId, userId, { op: 'priority', ids, priority: 3 }), 3)

  const header = ['Summary', 'Issue key', 'Issue Type', 'Priority', 'Story Points', 'Labels', 'Description']
  const csv = toCsv([
    header,
    ...Array.from({ length: 10_000 }, (_, i) => [
      `Imported ${i}`,
      `IMP-${i}`,
      WORK_TYPES[i % 12],
      'High',
      '2',
      'imported',
      'From the bench',
    ]),
  ])
  const request = {
    csv,
    mapping: detectMapping(header).mapping,
    options: { estimateUnit: 'points' as const, pointsToHours: 4, hoursPerDay: 8, defaultHours: null },
    typeOverrides: {},
    suggestedTypes: {},
    sprintId: null,
  }
  await time('import: 10,000 CSV rows (first run creates, then updates)', () => importWorkItems(orgId, userId, request), 2)
} finally {
  await prisma.$disconnect()
  await db.drop()
}
