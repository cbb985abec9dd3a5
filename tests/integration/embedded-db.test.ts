import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error: plain ESM script without types
import { startEmbeddedDb } from '../../scripts/embedded-db.mjs'
// @ts-expect-error: plain ESM script without types
import { adminQuery } from '../../scripts/test-db.mjs'

const dataDir = mkdtempSync(join(tmpdir(), 'plural-embedded-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

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
})
