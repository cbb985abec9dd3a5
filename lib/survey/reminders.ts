/**
 * The survey reminder schedule: a manager sends the first reminder, and it
 * repeats 3 and 5 days after that first one (so at most three in total) until
 * the member answers. Offsets count from the first send rather than from the
 * previous one, so a late run of the processor does not push the whole
 * schedule back.
 *
 * If the processor did not run for a while and several slots have passed, only
 * one reminder goes out and the missed slots count as used: nobody should get
 * two identical nudges in the same minute.
 */
const REMINDER_REPEAT_AFTER_DAYS = [3, 5] as const

/** Sends in total: the first one plus one per repeat. */
export const MAX_REMINDERS = 1 + REMINDER_REPEAT_AFTER_DAYS.length

const DAY_MS = 86_400_000

/** When each repeat is due, for a reminder first sent at `firstSentAt`. */
export function reminderRepeats(firstSentAt: Date): Date[] {
  return REMINDER_REPEAT_AFTER_DAYS.map((days) => new Date(firstSentAt.getTime() + days * DAY_MS))
}

/** When the next repeat is due after `sentCount` sends, or null when the schedule is used up. */
export function nextReminderAt(firstSentAt: Date, sentCount: number): Date | null {
  return reminderRepeats(firstSentAt)[sentCount - 1] ?? null
}

interface ReminderState {
  readonly firstSentAt: Date
  readonly sentCount: number
  /** The member submitted the survey after the first reminder. */
  readonly answered: boolean
}

type ReminderDecision =
  | { readonly action: 'send'; readonly sentCount: number; readonly nextDueAt: Date | null }
  | { readonly action: 'wait'; readonly nextDueAt: Date }
  | { readonly action: 'stop' }

/** What to do with one reminder at `now`. */
export function planReminder(state: ReminderState, now: Date): ReminderDecision {
  if (state.answered) return { action: 'stop' }
  const repeats = reminderRepeats(state.firstSentAt)
  const next = repeats[state.sentCount - 1]
  if (!next) return { action: 'stop' }
  if (next.getTime() > now.getTime()) return { action: 'wait', nextDueAt: next }
  // Every slot up to now is used by this one send; the next is the first slot still ahead.
  const passed = repeats.filter((slot) => slot.getTime() <= now.getTime()).length
  return { action: 'send', sentCount: 1 + passed, nextDueAt: repeats[passed] ?? null }
}
