import { connect } from 'node:net'

// A cheap, cached TCP check of the database, used by proxy.ts so that requests during an outage get
// an immediate 503 instead of waiting on the connection pool. At most one probe per second.
const TTL_MS = 1_000
const TIMEOUT_MS = 1_000
let last: { at: number; reachable: boolean } | null = null
let inflight: Promise<boolean> | null = null

function probe(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 5432), timeout: TIMEOUT_MS })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.once('connect', () => done(true))
    socket.once('timeout', () => done(false))
    socket.once('error', () => done(false))
  })
}

export async function isDatabaseReachable(url = process.env.DATABASE_URL, now = Date.now()): Promise<boolean> {
  if (!url) return true
  if (last && now - last.at < TTL_MS) return last.reachable
  inflight ??= probe(url).then((reachable) => {
    last = { at: Date.now(), reachable }
    inflight = null
    return reachable
  })
  return inflight
}
