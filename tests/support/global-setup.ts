import { spawn } from 'node:child_process'
import type { TestProject } from 'vitest/node'
// @ts-expect-error: plain ESM script without types
import { freshDatabase } from '../../scripts/test-db.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    templateUrl: string
    embedded: boolean
  }
}

function migrate(url: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/migrate.mjs', 'deploy'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'inherit',
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrate deploy exited with ${code}`))))
  })
}

/** One migrated database per run; on a real Postgres each test file clones it (per-file-db.ts). */
export default async function setup(project: TestProject) {
  const db = await freshDatabase('plural_tpl')
  await migrate(db.url)
  project.provide('templateUrl', db.url)
  project.provide('embedded', db.embedded)
  return async () => {
    await db.drop()
  }
}
