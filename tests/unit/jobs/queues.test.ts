import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCronableMinutes, jobNames, parseJobPayload, reminderCron } from '@/lib/jobs/queues'

// Cron fields: minute hour day-of-month month day-of-week.
const fires = (cron: string, minuteOfDay: number) => {
  const [minute, hour] = cron.split(' ')
  const matches = (field: string, value: number) =>
    field === '*' || (field.startsWith('*/') ? value % Number(field.slice(2)) === 0 : Number(field) === value)
  return matches(minute, minuteOfDay % 60) && matches(hour, Math.floor(minuteOfDay / 60))
}

describe('job queues', () => {
  it('are named <area>.<verb> so a queue says what its jobs do', () => {
    for (const name of jobNames) expect(name).toMatch(/^[a-z]+\.[a-z]+$/)
  })

  it('check payloads against their schema', () => {
    expect(parseJobPayload('webhook.deliver', { deliveryId: 'd1', extra: 1 })).toEqual({ deliveryId: 'd1' })
    expect(() => parseJobPayload('email.send', { to: 'someone' })).toThrow()
  })

  it('turn every allowed reminder interval into a cron that fires exactly every that many minutes', () => {
    const allowed = fc.integer({ min: 1, max: 1440 }).filter(isCronableMinutes)
    fc.assert(
      fc.property(allowed, (minutes) => {
        const cron = reminderCron(minutes)!
        const firings = Array.from({ length: 1440 }, (_, m) => m).filter((m) => fires(cron, m))
        expect(firings.length).toBe(1440 / minutes)
        expect(firings.every((m, i) => m === i * minutes)).toBe(true)
      }),
    )
  })

  it('switch reminders off at 0 and refuse intervals a cron step cannot keep', () => {
    expect(reminderCron(0)).toBeNull()
    expect(isCronableMinutes(0)).toBe(true)
    expect([7, 45, 90, 1000].filter(isCronableMinutes)).toEqual([])
  })
})
