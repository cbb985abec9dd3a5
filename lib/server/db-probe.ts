import { connect } from 'node:net'

// A cheap, cached TCP check of the database, used by proxy.ts so that requests during an outage get
// an immediate 503 instead of waiting on the connection pool. At most one probe per second.
const TTL_MS = 1_000
const TIMEOUT_MS = 1_000
const last = new Map<string, { at: number; reachable: boolean }>()
const inflight = new Map<string, Promise<boolean>>()

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

export async function isDatabaseReachable(url: string | undefined, now = Date.now()): Promise<boolean> {
  if (!url) return true
  const cached = last.get(url)
  if (cached && now - cached.at < TTL_MS) return cached.reachable
  let pending = inflight.get(url)
  if (!pending) {
    pending = probe(url).then((reachable) => {
      last.set(url, { at: Date.now(), reachable })
      inflight.delete(url)
      return reachable
    })
    inflight.set(url, pending)
  }
  return pending
}
