import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPlanAction, moveItemAction, publishPlanAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { prisma } from '@/lib/db/client'
import { env } from '@/lib/env'
import { startWorker } from '@/lib/server/jobs'
import { signInAs } from '../../support/factories'
import { startSmtpServer } from '../../support/smtp-server'
import { assignmentsOf, createPlanningOrg, unwrap } from './fixtures'

// Publishing tells the people whose items changed by e-mail too, where SMTP is configured, after the
// publish has committed: an e-mail the server refuses does not undo it (decision 0055). The e-mails
// are email.send jobs, which this file's worker runs.

let smtp: Awaited<ReturnType<typeof startSmtpServer>>

beforeAll(async () => {
  smtp = await startSmtpServer('plain')
  Object.assign(env(), { SMTP_URL: smtp.url(), SMTP_FROM: 'plural@plural.test' })
  await startWorker({ NODE_ENV: 'test' })
})

/** Waits until the queue has run every e-mail job it holds. */
async function mailJobsDone() {
  const pending = () =>
    prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${env().JOB_QUEUE_SCHEMA}".job WHERE name = 'email.send' AND state IN ('created', 'retry', 'active')`,
    )
  for (let i = 0; i < 200 && (await pending())[0].n > 0; i++) await new Promise((r) => setTimeout(r, 100))
}
afterAll(() => smtp.close())

describe('re-publish e-mails', () => {
  it('go to each affected engineer once with the notice, and a refused one leaves the publish done', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    unwrap(await publishPlanAction({ planId: v1.planId, revision: 0 }))
    const rows = await assignmentsOf(v1.planId)
    const item = org.itemIds.find((id) => rows[id].membershipId)!
    const from = rows[item].membershipId!
    const draft = unwrap(await moveItemAction({ planId: v1.planId, revision: 1, itemId: item, toMembershipId: null }))
    // The one person this re-publish concerns has an address the mail server refuses.
    const user = await prisma.membership.findUniqueOrThrow({ where: { id: from }, select: { userId: true } })
    const refused = `refused-${from}@plural.test`
    await prisma.user.update({ where: { id: user.userId }, data: { email: refused } })
    await mailJobsDone()
    const before = smtp.received.length

    expect(await publishPlanAction({ planId: draft.planId, revision: draft.revision })).toMatchObject({ ok: true, data: { notified: 1 } })
    expect((await prisma.plan.findUniqueOrThrow({ where: { id: draft.planId } })).status).toBe('PUBLISHED')
    expect(await prisma.notification.count({ where: { membershipId: from, message: { contains: 'plan v2' } } })).toBe(1)
    await mailJobsDone()
    expect(smtp.received.length).toBe(before)

    // Publishing again after undoing the move by hand reaches a working address.
    await prisma.user.update({ where: { id: user.userId }, data: { email: `back-${from}@plural.test` } })
    const undo = unwrap(await moveItemAction({ planId: draft.planId, revision: 1, itemId: item, toMembershipId: from }))
    unwrap(await publishPlanAction({ planId: undo.planId, revision: undo.revision }))
    await mailJobsDone()
    const mails = smtp.received.filter((r) => r.to.includes(`back-${from}@plural.test`))
    expect(mails).toHaveLength(1)
    expect(mails[0].mail.subject).toBe('Sprint 1 plan v3 is published: 1 item added for you')
    expect(mails[0].mail.text).toContain('My sprint')
  })
})
