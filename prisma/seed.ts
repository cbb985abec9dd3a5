// `npm run db:seed`: the demo organisation "Acme" (idempotent: does nothing when it exists).
// Runs outside Next, so it builds its own client instead of importing lib/db (server-only).
import { hash } from '@node-rs/argon2'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../lib/generated/prisma/client'
import { seedDemo } from './seed/demo'

const url = process.env.DATABASE_URL
if (!url) {
  console.error('DATABASE_URL is not set (npm run dev sets it for the embedded database).')
  process.exit(1)
}
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) })

try {
  const existing = await prisma.organization.findUnique({ where: { slug: 'acme' } })
  if (existing) {
    console.log('Demo organisation "Acme" already exists: nothing to do.')
  } else {
    const passwordHash = await hash((await import('./seed/demo-data')).DEMO_PASSWORD)
    const summary = await seedDemo(prisma, passwordHash, new Date())
    console.log(`Seeded "Acme": ${summary.people} people, ${summary.items} work items, ${summary.sprints} sprints.`)
  }
  // `npm run db:seed -- --large`: also the dashboards' benchmark organisation (prisma/seed/large.ts).
  if (process.argv.includes('--large')) await (await import('./seed/large-cli')).seedLargeOnce(prisma)
} finally {
  await prisma.$disconnect()
}
