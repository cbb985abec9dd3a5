import { describe, expect, it } from 'vitest'
import { MAX_REMINDERS, nextReminderAt, planReminder, reminderRepeats } from '@/lib/survey/reminders'

const DAY = 86_400_000
const first = new Date('2026-11-02T08:00:00Z')
const at = (days: number) => new Date(first.getTime() + days * DAY)

describe('reminder schedule', () => {
  it('repeats 3 and 5 days after the first reminder, three sends at most', () => {
    expect(reminderRepeats(first)).toEqual([at(3), at(5)])
    expect(MAX_REMINDERS).toBe(3)
    expect(nextReminderAt(first, 1)).toEqual(at(3))
    expect(nextReminderAt(first, 2)).toEqual(at(5))
    expect(nextReminderAt(first, 3)).toBeNull()
  })

  it('waits until the next repeat is due', () => {
    expect(planReminder({ firstSentAt: first, sentCount: 1, answered: false }, at(2.9))).toEqual({ action: 'wait', nextDueAt: at(3) })
  })

  it('sends the second reminder on day 3 and the third on day 5', () => {
    expect(planReminder({ firstSentAt: first, sentCount: 1, answered: false }, at(3))).toEqual({
      action: 'send',
      sentCount: 2,
      nextDueAt: at(5),
    })
    expect(planReminder({ firstSentAt: first, sentCount: 2, answered: false }, at(4))).toEqual({ action: 'wait', nextDueAt: at(5) })
    expect(planReminder({ firstSentAt: first, sentCount: 2, answered: false }, at(5.1))).toEqual({
      action: 'send',
      sentCount: 3,
      nextDueAt: null,
    })
  })

  it('stops once the schedule is used up', () => {
    expect(planReminder({ firstSentAt: first, sentCount: 3, answered: false }, at(30))).toEqual({ action: 'stop' })
  })

  it('stops as soon as the member has answered, even when a repeat is due', () => {
    expect(planReminder({ firstSentAt: first, sentCount: 1, answered: true }, at(3))).toEqual({ action: 'stop' })
  })

  it('sends one reminder, not two, when both repeats were missed', () => {
    expect(planReminder({ firstSentAt: first, sentCount: 1, answered: false }, at(6))).toEqual({
      action: 'send',
      sentCount: 3,
      nextDueAt: null,
    })
  })
})
