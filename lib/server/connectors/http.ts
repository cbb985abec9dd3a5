import 'server-only'
import { retryDelayMs } from '@/lib/connectors/retry-after'
import { MalformedResponseError, SYNC_FAILURE_MESSAGES, type SyncFailure } from '@/lib/connectors/types'
import { log } from '@/lib/log'

// Every call to a tracker goes through here: a 429 (or GitHub's exhausted rate limit) waits as long as
// the tracker says and tries again, a 5xx or a dropped connection is tried again after a short pause,
// and anything else that is not a JSON success becomes a TrackerError naming what settings should say.
// Requests carry the token in a header only; nothing here logs headers or bodies.

export class TrackerError extends Error {
  constructor(
    readonly failure: SyncFailure,
    detail?: string,
  ) {
    super(detail ?? SYNC_FAILURE_MESSAGES[failure])
  }
}

const RATE_LIMIT_TRIES = 3
const SERVER_ERROR_TRIES = 3
const SERVER_ERROR_PAUSE_MS = 250
const TIMEOUT_MS = 20_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const FAILURE_BY_STATUS: Record<number, SyncFailure> = { 401: 'unauthorized', 403: 'forbidden', 404: 'not-found' }

/** A rate-limit refusal: 429, or GitHub's 403 with no requests left (its documented primary limit). */
const isRateLimited = (response: Response) =>
  response.status === 429 || (response.status === 403 && response.headers.get('x-ratelimit-remaining') === '0')

export type TrackerResponse = { body: unknown; headers: Headers }

async function attempt(url: string, init: RequestInit): Promise<Response | null> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' })
  } catch {
    return null // refused, reset or timed out: the same as a 5xx for retrying
  }
}

/** For GraphQL trackers, which report failures in the body: what a 200 or 400 answer's errors mean. */
export type FailureOfBody = (body: unknown) => SyncFailure | null

export async function callTracker(
  tracker: string,
  url: string,
  init: RequestInit,
  failureOfBody?: FailureOfBody,
): Promise<TrackerResponse> {
  let rateLimited = 0
  let failed = 0
  const waitForLimit = async (headers: Headers) => {
    if (++rateLimited >= RATE_LIMIT_TRIES) throw new TrackerError('rate-limited')
    await sleep(retryDelayMs(headers, Date.now()) ?? 1000 * rateLimited)
  }
  for (;;) {
    const response = await attempt(url, init)
    if (response && isRateLimited(response)) {
      await response.body?.cancel()
      await waitForLimit(response.headers)
      continue
    }
    if (!response || response.status >= 500) {
      await response?.body?.cancel()
      log('warn', 'tracker call failed', { tracker, status: response?.status ?? 'no answer', attempt: failed + 1 })
      if (++failed >= SERVER_ERROR_TRIES) throw new TrackerError('unavailable')
      await sleep(SERVER_ERROR_PAUSE_MS * failed)
      continue
    }
    if (failureOfBody && (response.ok || response.status === 400)) {
      const body = await jsonOf(response)
      const failure = failureOfBody(body)
      if (failure === 'rate-limited') {
        await waitForLimit(response.headers)
        continue
      }
      if (failure) log('warn', 'tracker refused a call', { tracker, status: response.status, failure })
      if (failure) throw new TrackerError(failure)
      if (response.ok) return { body, headers: response.headers }
    }
    if (!response.ok) {
      await response.body?.cancel()
      log('warn', 'tracker refused a call', { tracker, status: response.status })
      throw new TrackerError(FAILURE_BY_STATUS[response.status] ?? 'unavailable')
    }
    return { body: await jsonOf(response), headers: response.headers }
  }
}

async function jsonOf(response: Response): Promise<unknown> {
  if (response.status === 204) return null
  try {
    return await response.json()
  } catch {
    throw new TrackerError('malformed')
  }
}

/** Runs a parse of a tracker's body, turning a shape the documentation does not give into a TrackerError. */
export function parsed<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof MalformedResponseError)
      throw new TrackerError('malformed', `${SYNC_FAILURE_MESSAGES.malformed} (${error.message})`)
    throw error
  }
}
