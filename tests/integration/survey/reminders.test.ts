import { describe, expect, it } from 'vitest'
import { submitSurveyAction } from '@/app/(app)/survey/actions'
import { sendSurveyReminderAction } from '@/app/(app)/team/actions'
import { POST as cronPost } from '@/app/api/cron/reminders/route'
import { prisma } from '@/lib/db/client'
import { listMemberProfiles } from '@/lib/db/survey/profiles'
import { processDueReminders, sendSurveyReminder } from '@/lib/db/survey/reminders'
import { createTestOrg, signInAs } from '../../support/factories'
import { submission } from './helpers'

const DAY = 86_400_000
const reminderOf = (membershipId: string) => prisma.notification.findFirstOrThrow({ where: { membershipId, kind: 'survey-reminder' } })

describe('survey reminders', () => {
  it('lets managers remind a member who has not answered, once at a time', async () => {
    const org = await createTestOrg()
    const other = await createTestOrg()
    await signInAs(org.members.LEAD)
    expect(await sendSurveyReminderAction({ membershipId: org.members.ENGINEER.membershipId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    await signInAs(org.members.MANAGER)
    expect(await sendSurveyReminderAction({ membershipId: other.members.ENGINEER.membershipId })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await sendSurveyReminderAction({ membershipId: org.members.ENGINEER.membershipId })).toMatchObject({
      ok: true,
      data: { status: 'sent', emailed: false },
    })
    expect(await sendSurveyReminderAction({ membershipId: org.members.ENGINEER.membershipId })).toMatchObject({
      ok: true,
      data: { status: 'already-scheduled' },
    })
    const reminder = await reminderOf(org.members.ENGINEER.membershipId)
    expect(reminder).toMatchObject({ organizationId: org.orgId, sentCount: 1, readAt: null })
    expect(reminder.nextDueAt?.getTime()).toBe(reminder.createdAt.getTime() + 3 * DAY)
    const [row] = (await listMemberProfiles(org.orgId, 'MANAGER')).filter((m) => m.membershipId === org.members.ENGINEER.membershipId)
    expect(row.survey).toMatchObject({ status: 'pending', activeReminder: { sentCount: 1 } })
  })

  it('repeats after 3 and 5 days, then stops', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    const sent = new Date('2026-11-02T08:00:00Z')
    await sendSurveyReminder(org.orgId, { userId: org.members.MANAGER.userId, name: 'Maya' }, engineer.membershipId, sent)
    const id = (await reminderOf(engineer.membershipId)).id
    await prisma.notification.update({ where: { id }, data: { readAt: new Date() } })

    expect(await processDueReminders(org.orgId, new Date(sent.getTime() + 2 * DAY))).toMatchObject({ checked: 0, resent: 0 })
    expect(await processDueReminders(org.orgId, new Date(sent.getTime() + 3 * DAY))).toMatchObject({ resent: 1 })
    let reminder = await reminderOf(engineer.membershipId)
    expect(reminder).toMatchObject({ sentCount: 2, readAt: null })
    expect(reminder.nextDueAt?.toISOString()).toBe(new Date(sent.getTime() + 5 * DAY).toISOString())

    expect(await processDueReminders(org.orgId, new Date(sent.getTime() + 4 * DAY))).toMatchObject({ resent: 0 })
    expect(await processDueReminders(org.orgId, new Date(sent.getTime() + 5 * DAY))).toMatchObject({ resent: 1 })
    reminder = await reminderOf(engineer.membershipId)
    expect(reminder).toMatchObject({ sentCount: 3, nextDueAt: null })
    expect(await processDueReminders(org.orgId, new Date(sent.getTime() + 30 * DAY))).toMatchObject({ checked: 0 })
  })

  it('stops once the member answers', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    await sendSurveyReminder(org.orgId, { userId: org.members.MANAGER.userId, name: 'Maya' }, engineer.membershipId)
    await signInAs(engineer)
    await submitSurveyAction(submission())
    const reminder = await reminderOf(engineer.membershipId)
    expect(reminder.nextDueAt).toBeNull()
    expect(reminder.readAt).not.toBeNull()
    expect(await processDueReminders(org.orgId, new Date(Date.now() + 10 * DAY))).toMatchObject({ checked: 0 })
    // Someone who has just answered needs no reminder at all.
    await expect(
      sendSurveyReminder(org.orgId, { userId: org.members.MANAGER.userId, name: 'Maya' }, engineer.membershipId),
    ).rejects.toMatchObject({ code: 'INVALID' })
  })

  it('stops a due reminder whose member answered in the meantime (processor path)', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    const sent = new Date(Date.now() - 4 * DAY)
    await sendSurveyReminder(org.orgId, { userId: org.members.MANAGER.userId, name: 'Maya' }, engineer.membershipId, sent)
    await prisma.surveyResponse.create({
      data: {
        organizationId: org.orgId,
        membershipId: engineer.membershipId,
        version: 1,
        status: 'SUBMITTED',
        answers: {},
        submittedAt: new Date(sent.getTime() + DAY),
      },
    })
    expect(await processDueReminders(org.orgId, new Date())).toMatchObject({ resent: 0, stopped: 1 })
  })

  it('runs through the cron route for managers only, in their own organisation', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.ENGINEER)
    expect(
      (await cronPost(new Request('http://test/api/cron/reminders', { method: 'POST' }), { params: Promise.resolve({}) })).status,
    ).toBe(403)
    await signInAs(org.members.MANAGER)
    const response = await cronPost(new Request('http://test/api/cron/reminders', { method: 'POST' }), { params: Promise.resolve({}) })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ checked: 0, resent: 0 })
  })
})
