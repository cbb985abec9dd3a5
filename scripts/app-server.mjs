// Helpers for scripts that build and drive a running `next start` (benchmarks, Lighthouse): a named
// step that throws when its command fails, a production build, waiting until the server answers, and
// signing in the way the login form does (Auth.js's credentials callback), returning the session cookie.
import autocannon from 'autocannon'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from './run.mjs'

export async function step(name, command, args, env) {
  console.log(`\n▶ ${name}`)
  const code = await run(command, args, env)
  if (code !== 0) throw new Error(`${name} failed (${code})`)
}

/** `next build` in `root`; next build adds its build folder to tsconfig's include, so the committed file is put back. */
export async function buildApp(root, env) {
  const tsconfig = readFileSync(join(root, 'tsconfig.json'), 'utf8')
  try {
    await step('build', join(root, 'node_modules/.bin/next'), ['build'], env)
  } finally {
    writeFileSync(join(root, 'tsconfig.json'), tsconfig)
  }
}

/**
 * The environment of a measured `next start`: production, quiet logs, a throwaway session secret for
 * `base`, and the database given. `extra` adds what one script needs (its own build folder, say).
 */
export function productionServerEnv(base, databaseUrl, extra = {}) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    NEXTAUTH_SECRET: 'measurement-secret-that-is-at-least-32-characters',
    CONNECTOR_SECRET_KEY: 'measurement-connector-key-at-least-32-characters',
    NEXTAUTH_URL: base,
    ...extra,
  }
}

export async function waitForHealth(base, attempts = 120) {
  for (let i = 0; i < attempts; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${base} did not answer /api/health`)
}

export async function signIn(base, email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`)
  const { csrfToken } = await csrf.json()
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: base }),
  })
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('authjs.session-token='))
  if (!session) throw new Error(`sign-in as ${email} failed (${response.status})`)
  return session
}

/** The value below which `p` percent of the sorted values lie. */
export function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN
}

/** `connections` connections on `url` for `duration` s (autocannon): latency percentiles and what failed. */
export function measureLoad({ url, connections, duration, headers = {} }) {
  return new Promise((resolveLoad, reject) => {
    const latencies = []
    let errors = 0
    const instance = autocannon({ url, connections, duration, headers, timeout: 10 }, (err, result) => {
      if (err) return reject(err)
      latencies.sort((a, b) => a - b)
      resolveLoad({
        requests: result.requests.total,
        rps: result.requests.average,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        non200: errors,
        timeouts: result.timeouts,
        // autocannon counts a timed-out request in `errors` as well; non-200 answers are counted here.
        errors: errors + result.errors,
      })
    })
    instance.on('response', (_client, status, _bytes, time) => {
      latencies.push(time)
      if (status !== 200) errors++
    })
  })
}
