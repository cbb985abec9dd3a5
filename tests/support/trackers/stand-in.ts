import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// The plumbing every tracker stand-in shares: a node:http server on a free local port, a log of the
// requests it answered, and faults a test queues for the next matching requests (an error status, a
// Retry-After, a body that is not JSON). Each stand-in implements its vendor's endpoints on top.

export type Fault = { status: number; headers?: Record<string, string>; body?: string }
export type LoggedRequest = { method: string; path: string; at: number; authorization: string | undefined }
export type StandInRequest = { method: string; url: URL; body: unknown; authorization: string | undefined }
export type StandInReply = { status: number; body?: unknown; headers?: Record<string, string> }

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function send(response: ServerResponse, reply: StandInReply) {
  const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
  response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers })
  response.end(text)
}

export async function startStandIn(handle: (request: StandInRequest) => StandInReply | Promise<StandInReply>) {
  const requests: LoggedRequest[] = []
  const faults: { match: RegExp; fault: Fault }[] = []
  // A slow tracker (latency per request) and how many requests it ever answered at once.
  const load = { latencyMs: 0, inFlight: 0, maxInFlight: 0 }
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://stand-in')
    const authorization = request.headers.authorization
    requests.push({ method: request.method ?? 'GET', path: url.pathname + url.search, at: Date.now(), authorization })
    const body = await readBody(request)
    if (load.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, load.latencyMs))
    const queued = faults.findIndex((f) => f.match.test(url.pathname))
    if (queued >= 0) {
      const [{ fault }] = faults.splice(queued, 1)
      return send(response, { status: fault.status, headers: fault.headers, body: fault.body ?? '' })
    }
    send(response, await handle({ method: request.method ?? 'GET', url, body, authorization }))
  }
  const server = createServer(async (request, response) => {
    load.maxInFlight = Math.max(load.maxInFlight, ++load.inFlight)
    try {
      await answer(request, response)
    } finally {
      load.inFlight--
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    load,
    /** The next request whose path matches gets this answer instead of the real one. */
    failNext(match: RegExp, fault: Fault) {
      faults.push({ match, fault })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
