// The environment of every app instance the e2e tests start: the webServer of playwright.config.ts and
// the second instance of scale-out.spec.ts. One definition, so both always share the database and the
// session secret (scripts/e2e.mjs sets DATABASE_URL, for the embedded database too).
export function appServerEnv(baseURL: string): Record<string, string> {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: run the e2e tests through `npm run test:e2e`, which prepares a database.')
  return {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-secret-that-is-at-least-32-characters-long',
    NEXTAUTH_URL: baseURL,
    CONNECTOR_SECRET_KEY: process.env.CONNECTOR_SECRET_KEY ?? 'e2e-connector-key-that-is-at-least-32-characters',
    LOG_LEVEL: 'warn',
    // A production build runs due reminders on its own every few minutes; the specs' data stays as they made it.
    REMINDER_SCHEDULER_MINUTES: '0',
    // The connector specs run tracker stand-ins and chat receivers, and the webhooks spec its receiver, on
    // 127.0.0.1 (plain http, loopback); the job worker runs in this process (JOB_WORKER unset).
    WEBHOOKS_ALLOW_LOOPBACK: 'true',
    // sso.spec.ts runs its OpenID Provider on plain http on 127.0.0.1.
    SSO_ALLOW_LOOPBACK_HTTP: 'true',
  }
}
