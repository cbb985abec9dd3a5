import 'server-only'
import { z } from 'zod'
import { isCronableMinutes } from '@/lib/jobs/queues'

// The only reader of process.env. Start-up fails with a message naming the bad variable.
const optional = z.string().trim().min(1).optional()
const requestsPerMinute = (name: string, fallback: number) =>
  z.coerce
    .number({ message: `${name} must be a whole number of requests, e.g. ${fallback}` })
    .int()
    .min(1)
    .max(1_000_000)
    .default(fallback)

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgres:// URL' }),
    NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
    NEXTAUTH_URL: z.url({ message: 'NEXTAUTH_URL must be the public URL, e.g. https://plural.example.com' }).optional(),
    GITHUB_CLIENT_ID: optional,
    GITHUB_CLIENT_SECRET: optional,
    GOOGLE_CLIENT_ID: optional,
    GOOGLE_CLIENT_SECRET: optional,
    SMTP_URL: z.url({ message: 'SMTP_URL must look like smtp://user:pass@host:587' }).optional(),
    SMTP_FROM: optional,
    // Encrypts connector credentials at rest (lib/server/secrets.ts). Changing it makes stored credentials
    // unreadable: they must be entered again.
    CONNECTOR_SECRET_KEY: z.string().min(32, 'CONNECTOR_SECRET_KEY must be at least 32 characters').optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    // Minutes between the server's own runs of due survey reminders (instrumentation.ts); 0 turns them
    // off. Unset: every 5 minutes, except under NODE_ENV=test, where tests start them only on purpose.
    REMINDER_SCHEDULER_MINUTES: z.coerce
      .number({ message: 'REMINDER_SCHEDULER_MINUTES must be a whole number of minutes (0 = off)' })
      .int()
      .min(0)
      .max(1440)
      .refine(isCronableMinutes, 'REMINDER_SCHEDULER_MINUTES must divide an hour (1-30) or a day in whole hours (60, 120, ... 1440)')
      .optional(),
    // Where background jobs run: inside each server process (the default), or only in processes
    // started with `npm run worker` (scaling out; the servers then only enqueue).
    // The Postgres schema of the job queue; apps (or test files) sharing one database keep theirs apart.
    JOB_QUEUE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,40}$/, 'JOB_QUEUE_SCHEMA must be a lower-case Postgres name, e.g. pgboss')
      .default('pgboss'),
    // Only for tests and local development: lets webhooks reach 127.0.0.1/::1 (over plain http too, even
    // in a production build: that traffic never leaves the machine). Private and link-local addresses
    // stay refused, and every other target in production requires https whatever this says.
    WEBHOOKS_ALLOW_LOOPBACK: z
      .enum(['true', 'false'], { message: 'WEBHOOKS_ALLOW_LOOPBACK must be true or false' })
      .default('false')
      .transform((value) => value === 'true'),
    // Only for tests and local development: lets an SSO issuer be plain http on 127.0.0.1/localhost (a local
    // OpenID Provider). Any other issuer must be https whatever this says.
    SSO_ALLOW_LOOPBACK_HTTP: z
      .enum(['true', 'false'], { message: 'SSO_ALLOW_LOOPBACK_HTTP must be true or false' })
      .default('false')
      .transform((value) => value === 'true'),
    JOB_WORKER: z.enum(['in-process', 'external'], { message: 'JOB_WORKER must be in-process or external' }).default('in-process'),
    TRUST_PROXY_HOPS: z.coerce
      .number({ message: 'TRUST_PROXY_HOPS must be the number of proxies in front of the app, e.g. 1' })
      .int()
      .min(0)
      .max(10)
      .default(0),
    // Requests one API token, and one SCIM token, may send per minute, counted in Postgres across every
    // instance. An identity provider's sync comes in bursts (Entra ID pages through every user), so
    // SCIM allows more.
    API_RATE_LIMIT_PER_MINUTE: requestsPerMinute('API_RATE_LIMIT_PER_MINUTE', 600),
    SCIM_RATE_LIMIT_PER_MINUTE: requestsPerMinute('SCIM_RATE_LIMIT_PER_MINUTE', 1200),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return
    // In development scripts/with-db.mjs generates a local secret under .data/; production must bring its own.
    if (!env.NEXTAUTH_SECRET)
      ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_SECRET'], message: 'NEXTAUTH_SECRET is required in production' })
    if (!env.NEXTAUTH_URL)
      ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_URL'], message: 'NEXTAUTH_URL (the public URL) is required in production' })
    if (!env.CONNECTOR_SECRET_KEY)
      ctx.addIssue({
        code: 'custom',
        path: ['CONNECTOR_SECRET_KEY'],
        message: 'CONNECTOR_SECRET_KEY (at least 32 random characters) is required in production',
      })
  })

export type Env = z.infer<typeof envSchema>

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || 'env'}: ${i.message}`)
    throw new Error(`Invalid environment:\n${lines.join('\n')}`)
  }
  return result.data
}

let cached: Env | undefined
export function env(): Env {
  cached ??= parseEnv(process.env)
  return cached
}

/**
 * Facts read on their own, without validating the rest: logging and the request proxy must keep
 * working while another variable is invalid (start-up names that one through env()).
 */
export const logLevel = () => envSchema.shape.LOG_LEVEL.catch('info').parse(process.env.LOG_LEVEL)
export const isProduction = () => process.env.NODE_ENV === 'production'
/** The database URL as given, for the proxy's reachability probe (undefined when unset). */
export const rawDatabaseUrl = () => process.env.DATABASE_URL
