// Helpers for scripts that build and drive a running `next start` (benchmarks, Lighthouse): a named
// step that throws when its command fails, a production build, waiting until the server answers, and
// signing in the way the login form does (Auth.js's credentials callback), returning the session cookie.
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
