import { describe, expect, it, vi } from 'vitest'
import { prisma } from '@/lib/db/client'
import { listOrgsWithDueReminders, processDueReminders, sendSurveyReminder } from '@/lib/db/survey/reminders'
import { reminderIntervalMs, runDueReminders, startInterval, startReminderScheduler } from '@/lib/server/reminder-scheduler'
import { createTestOrg, type TestOrg } from '../../support/factories'

// The server's own reminder runs (started from instrumentation.ts): organisation by organisation,
// never more than one at a time per process, and off in tests unless switched on.

const DAY = 86_400_000
const sentAt = new Date('2026-10-01T08:00:00Z')

async function remind(org: TestOrg) {
  await sendSurveyReminder(org.orgId, { userId: org.members.MANAGER.userId, name: 'Maya' }, org.members.ENGINEER.membershipId, sentAt)
  return () => prisma.notification.findFirstOrThrow({ where: { membershipId: org.members.ENGINEER.membershipId } })
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 10))
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
    expect(reminderIntervalMs({ NODE_ENV: 'production' })).toBe(5 * 60_000)
    expect(reminderIntervalMs({ NODE_ENV: 'development', REMINDER_SCHEDULER_MINUTES: 0 })).toBeNull()
    expect(reminderIntervalMs({ NODE_ENV: 'test' })).toBeNull()
    expect(reminderIntervalMs({ NODE_ENV: 'test', REMINDER_SCHEDULER_MINUTES: 2 })).toBe(2 * 60_000)
    expect(startReminderScheduler({ NODE_ENV: 'test' })).toBeNull()
    const timer = startReminderScheduler({ NODE_ENV: 'test', REMINDER_SCHEDULER_MINUTES: 60 })
    expect(timer?.hasRef()).toBe(false)
    // Starting again (a development reload) replaces the timer instead of adding one.
    const cleared = vi.spyOn(globalThis, 'clearInterval')
    try {
      const again = startReminderScheduler({ NODE_ENV: 'test', REMINDER_SCHEDULER_MINUTES: 60 })
      expect(cleared).toHaveBeenCalledWith(timer)
      expect(startReminderScheduler({ NODE_ENV: 'test' })).toBeNull()
      expect(cleared).toHaveBeenCalledWith(again)
    } finally {
      cleared.mockRestore()
    }
  })

  it('does not keep the process alive, and skips ticks while a run is still going', async () => {
    let finish = () => {}
    const slow = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const timer = startInterval(5, slow)
    try {
      expect(timer.hasRef()).toBe(false)
      await new Promise((r) => setTimeout(r, 60))
      expect(slow).toHaveBeenCalledTimes(1)
      finish()
      await until(() => slow.mock.calls.length > 1)
      expect(slow.mock.calls.length).toBeGreaterThan(1)
    } finally {
      clearInterval(timer)
    }
  })
})
