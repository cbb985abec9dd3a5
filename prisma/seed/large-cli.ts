import { hash } from '@node-rs/argon2'
import type { PrismaClient } from '../../lib/generated/prisma/client'
import { DEMO_PASSWORD } from './demo-data'
import { LARGE, seedLarge } from './large'

/** Idempotent like the demo seed: does nothing when the large organisation exists. */
export async function seedLargeOnce(prisma: PrismaClient) {
  if (await prisma.organization.findUnique({ where: { slug: LARGE.slug } })) {
    console.log('Large organisation already exists: nothing to do.')
    return
  }
  const started = Date.now()
  const summary = await seedLarge(prisma, await hash(DEMO_PASSWORD), new Date())
  console.log(
    `Seeded "Large Co": ${summary.members} members, ${summary.sprints} sprints, ${summary.items} work items in ${Date.now() - started} ms.`,
  )
}
