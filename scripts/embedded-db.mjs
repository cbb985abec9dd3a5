// The embedded default database: PGlite (PostgreSQL in WebAssembly) persisted under a folder and
// served over the Postgres wire protocol, so the app keeps one code path (adapter-pg + a URL).
import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

/** The messages after which a connection's batch is over: startup, Sync, a simple Query, Terminate. */
function endsBatch(message) {
  const type = message[0]
  // A startup message has no type byte: it begins with its length, whose first byte is 0.
  return type === 0 || type === 0x53 /* S */ || type === 0x51 /* Q */ || type === 0x58 /* X */
}

/**
 * Every connection shares PGlite's one session, so a connection must keep it from the first message
 * of a batch to the end of that batch, and for as long as its transaction is open. pglite-socket's own
 * queue (0.2.17) keeps it only inside a transaction: two pooled connections sending Parse/Bind/Execute/
 * Sync at once interleave, and one binds to the other's unnamed statement ("bind message supplies 10
 * parameters, but prepared statement requires 3"); an error inside its loop also stops the queue for
 * good. Both are electric-sql/pglite issue 1046 (decision 0063). This queue has the same interface.
 */
class SessionQueue {
  constructor(db) {
    this.db = db
    this.waiting = []
    this.owner = null
    this.running = false
  }

  enqueue(handlerId, message, onData) {
    return new Promise((resolve, reject) => {
      this.waiting.push({ handlerId, message, onData, resolve, reject })
      void this.drain()
    })
  }

  next() {
    const index = this.owner === null ? 0 : this.waiting.findIndex((m) => m.handlerId === this.owner)
    return index === -1 ? undefined : this.waiting.splice(index, 1)[0]
  }

  async drain() {
    if (this.running) return
    this.running = true
    try {
      for (let m = this.next(); m; m = this.next()) {
        try {
          let bytes = 0
          const onRawData = (data) => {
            bytes += data.length
            m.onData(data)
          }
          await this.db.runExclusive(() => this.db.execProtocolRawStream(m.message, { onRawData }))
          m.resolve(bytes)
        } catch (error) {
          m.reject(error)
        }
        this.owner = endsBatch(m.message) && !this.db.isInTransaction() ? null : m.handlerId
      }
    } finally {
      this.running = false
    }
  }

  getQueueLength() {
    return this.waiting.length
  }

  clearQueueForHandler(handlerId) {
    this.waiting = this.waiting.filter((m) => {
      if (m.handlerId !== handlerId) return true
      m.reject(new Error('Handler disconnected'))
      return false
    })
  }

  /** A connection that goes away mid-batch or mid-transaction gives the session back, rolled back. */
  async clearTransactionIfNeeded(handlerId) {
    if (this.owner !== handlerId) return
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK')
    this.owner = null
    void this.drain()
  }
}

/** Starts PGlite on `dataDir` (null = in memory) and returns its URL and a stop function. */
export async function startEmbeddedDb({ dataDir, port }) {
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create()
  // Must cover every pool that connects (app 10, migration engine, seed, tests).
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 40 })
  // Connections made after this take the queue from the server (see SessionQueue).
  server.queryQueue = new SessionQueue(db)
  await server.start()
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}
