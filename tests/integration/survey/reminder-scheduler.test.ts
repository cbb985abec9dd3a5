import { describe, expect, it } from 'vitest'
import { prisma } from '@/lib/db/client'
import { listOrgsWithDueReminders, processDueReminders, sendSurveyReminder } from '@/lib/db/survey/reminders'
import { reminderSchedule, runDueReminders } from '@/lib/server/reminder-scheduler'
import { createTestOrg, type TestOrg } from '../../support/factories'

// The reminder runs (the survey.reminders job, tests/integration/jobs/queue.test.ts runs it on the
// queue): organisation by organisation, and off in tests unless switched on.

const DAY = 86_400_000
const sentAt = new Date('2026-10-01T08:00:00Z')

async function remind(org: TestOrg) {
  await sendSurveyReminder(org.orgId, { userId: org.members.MANAGER.userId, name: 'Maya' }, org.members.ENGINEER.membershipId, sentAt)
  return () => prisma.notification.findFirstOrThrow({ where: { membershipId: org.members.ENGINEER.membershipId } })
}

describe('the reminder scheduler', () => {
  it('works through each organisation with due reminders, and only those', async () => {
    // One after another: the embedded database runs every connection on one session, queueing their
    // messages, and three overlapping sign-up transactions there once lost a membership row.
    const a = await createTestOrg()
    const b = await createTestOrg()
    const c = await createTestOrg()
    const [reminderA, reminderB] = [await remind(a), await remind(b)]
    // c's reminder was sent later, so it is not due yet at `now`.
    await sendSurveyReminder(
      c.orgId,
      { userId: c.members.MANAGER.userId, name: 'Maya' },
      c.members.ENGINEER.membershipId,
      new Date(sentAt.getTime() + 2 * DAY),
    )
    const now = new Date(sentAt.getTime() + 3 * DAY)

    const due = await listOrgsWithDueReminders(now)
    expect(due).toEqual(expect.arrayContaining([a.orgId, b.orgId]))
    expect(due).not.toContain(c.orgId)

    // The scope is required: one organisation's run leaves the others' due reminders alone.
    expect(await processDueReminders(a.orgId, now)).toMatchObject({ checked: 1, resent: 1 })
    expect(await reminderB()).toMatchObject({ sentCount: 1 })

    const totals = await runDueReminders(now)
    expect(totals).toMatchObject({ failed: 0 })
    expect(totals.organizations).toBeGreaterThanOrEqual(1)
    expect(await reminderA()).toMatchObject({ sentCount: 2 })
    expect(await reminderB()).toMatchObject({ sentCount: 2 })
    expect(await prisma.notification.findFirstOrThrow({ where: { organizationId: c.orgId } })).toMatchObject({ sentCount: 1 })
  })

  it('runs every few minutes by default, never under test unless REMINDER_SCHEDULER_MINUTES says so', () => {
    expect(reminderSchedule({ NODE_ENV: 'production' })).toBe('*/5 * * * *')
    expect(reminderSchedule({ NODE_ENV: 'development', REMINDER_SCHEDULER_MINUTES: 0 })).toBeNull()
    expect(reminderSchedule({ NODE_ENV: 'test' })).toBeNull()
    expect(reminderSchedule({ NODE_ENV: 'test', REMINDER_SCHEDULER_MINUTES: 2 })).toBe('*/2 * * * *')
  })
})
