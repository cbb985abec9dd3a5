import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error: pg's wire-protocol connection has no published types
import Connection from 'pg/lib/connection.js'
// @ts-expect-error: plain ESM script without types
import { startEmbeddedDb } from '../../scripts/embedded-db.mjs'
// @ts-expect-error: plain ESM script without types
import { adminQuery } from '../../scripts/test-db.mjs'

const dataDir = mkdtempSync(join(tmpdir(), 'plural-embedded-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

/** The few messages of pg's protocol-level connection the test below sends and hears. */
type Wire = {
  once(event: string, listener: (message: { fields?: unknown[]; message?: string }) => void): void
  on(event: string, listener: (message: { fields?: unknown[]; message?: string }) => void): void
  connect(port: number, host: string): void
  startup(config: { user: string; database: string }): void
  parse(query: { text: string; types: number[] }): void
  bind(config: { values: string[] }): void
  execute(config: object): void
  flush(): void
  sync(): void
  end(): void
}

async function openWire(port: number) {
  const wire: Wire = new Connection()
  const ready = new Promise((resolve) => wire.once('readyForQuery', resolve))
  wire.once('connect', () => wire.startup({ user: 'postgres', database: 'postgres' }))
  wire.connect(port, '127.0.0.1')
  await ready
  const rows: unknown[] = []
  const errors: string[] = []
  wire.on('dataRow', (m) => rows.push(m.fields))
  wire.on('errorMessage', (m) => errors.push(m.message ?? ''))
  const next = (event: string) => new Promise((resolve) => wire.once(event, resolve))
  return { wire, rows, errors, next }
}

const migrate = (url: string) =>
  new Promise<number>((resolve) => {
    spawn(process.execPath, ['scripts/migrate.mjs', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' }).on(
      'exit',
      (c) => resolve(c ?? 1),
    )
  })

describe('embedded database', () => {
  it('keeps data written before a restart', async () => {
    const first = await startEmbeddedDb({ dataDir, port: 54391 })
    expect(await migrate(first.url)).toBe(0)
    await adminQuery(first.url, `INSERT INTO "Organization" (id, name, slug) VALUES ('org-restart', 'Before restart', 'before-restart')`)
    await first.stop()

    const second = await startEmbeddedDb({ dataDir, port: 54392 })
    try {
      const { rows } = await adminQuery(second.url, `SELECT name FROM "Organization" WHERE id = 'org-restart'`)
      expect(rows).toEqual([{ name: 'Before restart' }])
      expect(await migrate(second.url)).toBe(0) // a second deploy finds nothing pending
    } finally {
      await second.stop()
    }
  }, 60_000)

  it("lets no other connection in between the messages of one connection's statement", async () => {
    const db = await startEmbeddedDb({ dataDir: null, port: 54393 })
    const a = await openWire(54393)
    const b = await openWire(54393)
    try {
      // A parses a three-parameter statement and binds it only after B's whole batch has arrived: all
      // connections share one PGlite session, whose unnamed statement B's Parse would replace.
      a.wire.parse({ text: 'SELECT $1::text || $2::text || $3::text AS v', types: [] })
      a.wire.flush()
      await a.next('parseComplete')
      const bDone = b.next('readyForQuery')
      b.wire.parse({ text: 'SELECT $1::int + 1 AS v', types: [] })
      b.wire.bind({ values: ['41'] })
      b.wire.execute({})
      b.wire.sync()
      await new Promise((resolve) => setTimeout(resolve, 200))
      const aDone = a.next('readyForQuery')
      a.wire.bind({ values: ['x', 'y', 'z'] })
      a.wire.execute({})
      a.wire.sync()
      await Promise.all([aDone, bDone])
      expect({ a: a.rows, b: b.rows, errors: [...a.errors, ...b.errors] }).toEqual({ a: [['xyz']], b: [['42']], errors: [] })
    } finally {
      a.wire.end()
      b.wire.end()
      await db.stop()
    }
  }, 30_000)
})
