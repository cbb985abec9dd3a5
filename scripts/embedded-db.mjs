// The embedded default database: PGlite (PostgreSQL in WebAssembly) persisted under a folder and
// served over the Postgres wire protocol, so the app keeps one code path (adapter-pg + a URL).
import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

/** Starts PGlite on `dataDir` (null = in memory) and returns its URL and a stop function. */
export async function startEmbeddedDb({ dataDir, port }) {
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create()
  // Must cover every pool that connects (app 10, migration engine, seed, tests).
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 40 })
  await server.start()
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}
