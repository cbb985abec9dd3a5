import { connect, createServer, type Server, type Socket } from 'node:net'

/**
 * A TCP proxy between the app's connection pool and Postgres, so a test can cut every connection
 * (as a database restart does) or refuse new ones, then bring the database "back".
 */
export class TcpProxy {
  private server: Server | null = null
  private sockets = new Set<Socket>()
  port = 0

  constructor(private readonly target: { host: string; port: number }) {}

  async start(port = this.port): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target)
      for (const s of [client, upstream]) {
        this.sockets.add(s)
        s.on('close', () => this.sockets.delete(s))
        s.on('error', () => s.destroy())
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve))
    this.port = (this.server.address() as { port: number }).port
  }

  /** Cuts every open connection, as a database crash or restart would. */
  dropConnections() {
    for (const s of this.sockets) s.destroy()
    this.sockets.clear()
  }

  /** The database goes away: open connections die and new ones are refused until start(). */
  async stop(): Promise<void> {
    this.dropConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
    this.server = null
  }

  /** Rewrites a database URL to go through this proxy. */
  proxiedUrl(url: string): string {
    const u = new URL(url)
    u.hostname = '127.0.0.1'
    u.port = String(this.port)
    return u.toString()
  }
}
