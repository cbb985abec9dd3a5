import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { capacityOf, DEFAULT_WORKING_DAYS } from '@/lib/planner/capacity'

// The dated-availability migration keeps every old figure. In a schema of its own (inside one
// transaction that is rolled back, so nothing is left behind, on Postgres and on the embedded
// database alike): the migrations before it, old-shape rows (hours and a note per sprint), then the
// migration, then capacity computed from the new columns must equal the old hours.

const DATED = '20261202235619_dated_availability_published_plans'
const dir = resolve(import.meta.dirname, '../../../prisma/migrations')
const migrations = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
const sql = (name: string) => readFileSync(join(dir, name, 'migration.sql'), 'utf8')

// 2026-03-02 is a Monday.
const SPRINTS = [
  { id: 's10', start: '2026-03-02', end: '2026-03-13', hours: 60, note: 'Full sprint' }, // ten weekdays
  { id: 's9', start: '2026-03-02', end: '2026-03-12', hours: 37, note: 'Dentist Friday' }, // nine: 37 h does not divide evenly
  { id: 'sWeekend', start: '2026-03-07', end: '2026-03-08', hours: 12, note: 'Weekend on call' }, // no weekday
  { id: 'sDst', start: '2026-03-23', end: '2026-04-03', hours: 45, note: 'Across the clock change' }, // ten, crossing 29 March
]

describe('the dated availability migration', () => {
  it('keeps every old row’s hours as capacity and its note', async () => {
    expect(migrations).toContain(DATED)
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    try {
      await client.query('BEGIN')
      await client.query('CREATE SCHEMA availability_migration')
      await client.query('SET LOCAL search_path TO availability_migration')
      for (const name of migrations.filter((m) => m < DATED)) await client.query(sql(name))

      await client.query(`INSERT INTO "Organization" (id, name, slug) VALUES ('o1', 'Old Org', 'old-org')`)
      await client.query(`INSERT INTO "User" (id, email, name) VALUES ('u1', 'old@example.test', 'Old Engineer')`)
      await client.query(`INSERT INTO "Membership" (id, "organizationId", "userId", role) VALUES ('m1', 'o1', 'u1', 'ENGINEER')`)
      await client.query(`INSERT INTO "Team" (id, "organizationId", name) VALUES ('t1', 'o1', 'Old Team')`)
      for (const s of SPRINTS) {
        await client.query(
          `INSERT INTO "Sprint" (id, "organizationId", "teamId", name, "startDate", "endDate") VALUES ($1, 'o1', 't1', $1, $2, $3)`,
          [s.id, s.start, s.end],
        )
        await client.query(
          `INSERT INTO "Availability" (id, "organizationId", "sprintId", "membershipId", hours, note) VALUES ($1, 'o1', $2, 'm1', $3, $4)`,
          [`a-${s.id}`, s.id, s.hours, s.note],
        )
      }

      // A session zone with a clock change inside sDst: the migration must count calendar days, not hours.
      await client.query(`SET LOCAL TIME ZONE 'Europe/Berlin'`)
      await client.query(sql(DATED))
      const { rows } = await client.query<{ sprintId: string; hoursPerDay: number | null; overrideHours: number | null; note: string }>(
        `SELECT "sprintId", "hoursPerDay", "overrideHours", note FROM "Availability" ORDER BY "sprintId"`,
      )
      const { rows: org } = await client.query<{ workingDays: number[] }>(`SELECT "workingDays" FROM "Organization"`)
      expect(org[0].workingDays).toEqual([...DEFAULT_WORKING_DAYS])
      expect(rows).toHaveLength(SPRINTS.length)
      for (const s of SPRINTS) {
        const row = rows.find((r) => r.sprintId === s.id)!
        const capacity = capacityOf({ startDate: s.start, endDate: s.end }, { workingDays: org[0].workingDays, holidays: [] }, 0, {
          hoursPerDay: row.hoursPerDay,
          overrideHours: row.overrideHours,
        })
        expect({ sprint: s.id, hours: capacity.hours, note: row.note }).toEqual({ sprint: s.id, hours: s.hours, note: s.note })
      }
      // Dated where a weekday exists; a stated override (its note the reason) where none does.
      expect(rows.find((r) => r.sprintId === 's9')).toMatchObject({ overrideHours: null, hoursPerDay: 37 / 9 })
      expect(rows.find((r) => r.sprintId === 'sWeekend')).toMatchObject({ hoursPerDay: null, overrideHours: 12 })
      const { rows: columns } = await client.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'availability_migration' AND table_name = 'Availability' AND column_name = 'hours'`,
      )
      expect(columns).toEqual([])
    } finally {
      await client.query('ROLLBACK')
      await client.end()
    }
  }, 60_000)
})
