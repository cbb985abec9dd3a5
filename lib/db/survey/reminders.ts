import 'server-only'
import { nextReminderAt, planReminder } from '@/lib/survey/reminders'
import { surveyStatus } from '@/lib/survey/status'
import { firstReminderNotice as firstMessage, REPEAT_REMINDER_NOTICE as repeatMessage, surveyReminderEmail } from '@/lib/email/templates'
import { AppError, notFound } from '@/lib/core/app-error'
import { isMailConfigured, sendMail } from '@/lib/email/mailer'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
import { listOrgIdsForSystemJob, type OrgId } from '../org-id'
import type { UserId } from '../user-id'

// Survey reminders: a manager sends one, and processDueReminders repeats it on the schedule in
// lib/survey/reminders.ts until the member answers. A reminder is a Notification row of kind
// 'survey-reminder': createdAt is the first send, nextDueAt is null once it has stopped.

const SURVEY_REMINDER_KIND = 'survey-reminder'

/**
 * E-mail is a convenience next to the in-app notification: only with SMTP configured, never fatal,
 * and never to someone who switched reminder e-mails off in their settings.
 */
async function mailReminder(to: { email: string; reminderEmails: boolean }, text: string): Promise<boolean> {
  if (!to.reminderEmails || !isMailConfigured()) return false
  return (await sendMail({ to: to.email, ...surveyReminderEmail(text) })).sent
}

/**
 * Sends a reminder to a member who has not answered (or whose answer is out of date). If one is
 * already repeating for them, nothing new is sent: the schedule is already taking care of it.
 */
export async function sendSurveyReminder(orgId: OrgId, sender: { userId: UserId; name: string }, membershipId: string, now = new Date()) {
  const member = await prisma.membership.findFirst({
    where: { id: membershipId, organizationId: orgId },
    select: { id: true, user: { select: { email: true, reminderEmails: true } }, profile: { select: { surveyedAt: true } } },
  })
  if (!member) throw notFound('Team member')
  if (surveyStatus(member.profile?.surveyedAt, now) === 'done') {
    throw new AppError('INVALID', 'This person has already answered the survey recently.', { membershipId: ['Already answered.'] })
  }
  const active = await prisma.notification.findFirst({
    where: { organizationId: orgId, membershipId, kind: SURVEY_REMINDER_KIND, nextDueAt: { not: null } },
    select: { id: true },
  })
  if (active) return { status: 'already-scheduled' as const, emailed: false }
  await prisma.$transaction(async (tx) => {
    const notification = await tx.notification.create({
      data: {
        organizationId: orgId,
        membershipId,
        kind: SURVEY_REMINDER_KIND,
        message: firstMessage(sender.name),
        sentCount: 1,
        nextDueAt: nextReminderAt(now, 1),
        createdAt: now,
      },
      select: { id: true },
    })
    await recordAudit(
      orgId,
      {
        actorId: sender.userId,
        action: 'survey.reminder-sent',
        targetType: 'membership',
        targetId: membershipId,
        data: { notificationId: notification.id },
      },
      tx,
    )
  })
  return { status: 'sent' as const, emailed: await mailReminder(member.user, firstMessage(sender.name)) }
}

/**
 * Re-sends the organisation's reminders that are due at `now` and stops those whose member has
 * answered. The scheduler (lib/server/reminder-scheduler.ts) calls it for each organisation in turn,
 * the cron route for the caller's. Two runs may overlap (two app instances, or the route during a
 * scheduled run), so each update is conditional on the sentCount it read: only one of them re-sends.
 */
export async function processDueReminders(orgId: OrgId, now = new Date()) {
  const due = await prisma.notification.findMany({
    where: { organizationId: orgId, kind: SURVEY_REMINDER_KIND, nextDueAt: { lte: now } },
    orderBy: { nextDueAt: 'asc' },
    take: 500,
    select: {
      id: true,
      membershipId: true,
      sentCount: true,
      createdAt: true,
      membership: { select: { user: { select: { email: true, reminderEmails: true } } } },
    },
  })
  let resent = 0
  let stopped = 0
  for (const reminder of due) {
    const answered = await prisma.surveyResponse.count({
      where: { organizationId: orgId, membershipId: reminder.membershipId, status: 'SUBMITTED', submittedAt: { gte: reminder.createdAt } },
    })
    const decision = planReminder({ firstSentAt: reminder.createdAt, sentCount: reminder.sentCount, answered: answered > 0 }, now)
    const where = { id: reminder.id, organizationId: orgId, sentCount: reminder.sentCount }
    if (decision.action === 'send') {
      const { count } = await prisma.notification.updateMany({
        where,
        data: { sentCount: decision.sentCount, nextDueAt: decision.nextDueAt, readAt: null, message: repeatMessage },
      })
      resent += count
      // Not awaited: a slow mail server must not hold up the other reminders of this run.
      if (count > 0) void mailReminder(reminder.membership.user, repeatMessage)
    } else if (decision.action === 'stop') {
      stopped += (await prisma.notification.updateMany({ where, data: { nextDueAt: null } })).count
    } else {
      await prisma.notification.updateMany({ where, data: { nextDueAt: decision.nextDueAt } })
    }
  }
  return { checked: due.length, resent, stopped }
}

/** The organisations with a reminder due at `now`: the scheduler's work list, for no user in particular. */
export function listOrgsWithDueReminders(now = new Date()): Promise<OrgId[]> {
  return listOrgIdsForSystemJob({ notifications: { some: { kind: SURVEY_REMINDER_KIND, nextDueAt: { lte: now } } } })
}
