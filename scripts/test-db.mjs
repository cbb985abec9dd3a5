// Fresh databases for test runs: on the Postgres of DATABASE_URL when set (a new database per
// call, dropped afterwards), otherwise on an in-memory embedded PGlite started for the run.
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import pg from 'pg'
import { startEmbeddedDb } from './embedded-db.mjs'

export const withDatabase = (url, name) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

export async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Returns { url, embedded, drop() }. `embedded` databases cannot be cloned per test file. */
export async function freshDatabase(prefix = 'plural_test') {
  const base = process.env.DATABASE_URL
  if (!base) {
    const db = await startEmbeddedDb({ dataDir: null, port: await freePort() })
    return { url: db.url, embedded: true, drop: () => db.stop() }
  }
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`
  await adminQuery(base, `CREATE DATABASE "${name}"`)
  return {
    url: withDatabase(base, name),
    embedded: false,
    drop: () => adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  }
}
