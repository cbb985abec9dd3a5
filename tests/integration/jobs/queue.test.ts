import { afterAll, describe, expect, it } from 'vitest'
import { prisma } from '@/lib/db/client'
import { env } from '@/lib/env'
import { enqueue, stopJobQueue } from '@/lib/db/jobs/queue'
import { sendSurveyReminder } from '@/lib/db/survey/reminders'
import { startWorker } from '@/lib/server/jobs'
import { createTestOrg } from '../../support/factories'

// The job queue (pg-boss on the app's database): jobs wait in Postgres, so one enqueued before any
// worker runs, or across a restart, is still done, once; scheduled jobs follow the environment.

const DAY = 86_400_000

async function until(done: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the job')
    await new Promise((r) => setTimeout(r, 100))
  }
}

const scheduled = async () =>
  prisma.$queryRawUnsafe<{ name: string; cron: string }[]>(
    `SELECT name, cron FROM "${env().JOB_QUEUE_SCHEMA}".schedule WHERE name = 'survey.reminders'`,
  )

afterAll(stopJobQueue)

describe('the job queue', () => {
  it('keeps a job enqueued before a restart and runs it once when a worker starts', async () => {
    const org = await createTestOrg()
    const sender = { userId: org.members.MANAGER.userId, name: 'Maya' }
    await sendSurveyReminder(org.orgId, sender, org.members.ENGINEER.membershipId, new Date(Date.now() - 3 * DAY))
    const reminder = () => prisma.notification.findFirstOrThrow({ where: { membershipId: org.members.ENGINEER.membershipId } })

    expect(await enqueue('survey.reminders', {})).toEqual(expect.any(String))
    // The process stops before any worker took the job: only Postgres holds it now.
    await stopJobQueue()
    expect((await reminder()).sentCount).toBe(1)

    await startWorker({ NODE_ENV: 'test' })
    await until(async () => (await reminder()).sentCount === 2)
    // Done once: the job is completed, and a second look later finds nothing re-sent.
    await new Promise((r) => setTimeout(r, 1_500))
    expect((await reminder()).sentCount).toBe(2)
  })

  it('refuses a payload its queue does not accept', async () => {
    await expect(enqueue('email.send', { to: 'not an address', subject: 'Hi', text: '', html: '' })).rejects.toThrow(/email/i)
    await expect(enqueue('webhook.deliver', { deliveryId: '' })).rejects.toThrow()
  })

  it('schedules the reminder runs that REMINDER_SCHEDULER_MINUTES asks for, and removes them at 0', async () => {
    await startWorker({ NODE_ENV: 'test', REMINDER_SCHEDULER_MINUTES: 15 })
    expect(await scheduled()).toEqual([{ name: 'survey.reminders', cron: '*/15 * * * *' }])
    await startWorker({ NODE_ENV: 'test', REMINDER_SCHEDULER_MINUTES: 0 })
    expect(await scheduled()).toEqual([])
  })
})
