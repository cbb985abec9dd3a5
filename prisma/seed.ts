// `npm run db:seed`: the demo organisation "Acme" (idempotent: does nothing when it exists).
// `-- --tenant KEY` seeds a fresh copy of the demo for one e2e spec (replacing an earlier copy), and
// `-- --remove KEY` removes that copy with its people, so each spec owns its data and leaves none behind.
// Runs outside Next, so it builds its own client instead of importing lib/db (server-only).
import { hash } from '@node-rs/argon2'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../lib/generated/prisma/client'
import { seedDemo } from './seed/demo'
import { DEMO_PASSWORD, DEMO_TENANT, specTenant, type DemoTenant } from './seed/demo-data'

const url = process.env.DATABASE_URL
if (!url) {
  console.error('DATABASE_URL is not set (npm run dev sets it for the embedded database).')
  process.exit(1)
}
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) })
const option = (name: string) => {
  const at = process.argv.indexOf(name)
  return at < 0 ? undefined : process.argv[at + 1]
}

async function removeTenant(tenant: DemoTenant) {
  const domain = `@${tenant.emailDomain}`
  await prisma.$transaction([
    prisma.organization.deleteMany({ where: { slug: tenant.slug } }),
    prisma.user.deleteMany({ where: { email: { endsWith: domain } } }),
    prisma.loginAttempt.deleteMany({ where: { email: { endsWith: domain } } }),
  ])
}

try {
  const specKey = option('--tenant') ?? option('--remove')
  if (specKey !== undefined) {
    if (!/^[a-z0-9-]+$/.test(specKey)) throw new Error(`A spec tenant key is lower-case letters, digits and dashes: "${specKey}"`)
    const tenant = specTenant(specKey)
    await removeTenant(tenant)
    if (option('--tenant') !== undefined) await seedDemo(prisma, await hash(DEMO_PASSWORD), new Date(), tenant)
  } else if (await prisma.organization.findUnique({ where: { slug: DEMO_TENANT.slug } })) {
    console.log('Demo organisation "Acme" already exists: nothing to do.')
  } else {
    const summary = await seedDemo(prisma, await hash(DEMO_PASSWORD), new Date())
    console.log(`Seeded "Acme": ${summary.people} people, ${summary.items} work items, ${summary.sprints} sprints.`)
  }
  // `npm run db:seed -- --large`: also the dashboards' benchmark organisation (prisma/seed/large.ts).
  if (process.argv.includes('--large')) await (await import('./seed/large-cli')).seedLargeOnce(prisma)
} finally {
  await prisma.$disconnect()
}
