import { createServer, type Server } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { isDatabaseReachable } from '@/lib/server/db-probe'

let server: Server
const listen = () =>
  new Promise<number>((resolve) => {
    server = createServer((socket) => socket.end())
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
  })
afterAll(() => server?.close())

describe('isDatabaseReachable', () => {
  it('answers true while something listens, false once it stops (after the one-second cache)', async () => {
    const port = await listen()
    const url = `postgresql://u@127.0.0.1:${port}/db`
    expect(await isDatabaseReachable(url, 0)).toBe(true)
    await new Promise<void>((resolve) => server.close(() => resolve()))
    expect(await isDatabaseReachable(url, Date.now() + 5_000)).toBe(false)
  })

  it('treats a missing URL as reachable (nothing to probe)', async () => {
    expect(await isDatabaseReachable(undefined)).toBe(true)
  })
})
