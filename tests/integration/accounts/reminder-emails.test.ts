import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { updateEmailPreferencesAction } from '@/app/(app)/settings/actions'
import { prisma } from '@/lib/db/client'
import { getEmailPreferences } from '@/lib/db/accounts/email-preferences'
import { processDueReminders, sendSurveyReminder } from '@/lib/db/survey/reminders'
import { env } from '@/lib/env'
import { createTestOrg, signInAs } from '../../support/factories'
import { startSmtpServer } from '../../support/smtp-server'

// Each person can switch survey-reminder e-mails off in their settings; the in-app reminder stays.

const DAY = 86_400_000
let smtp: Awaited<ReturnType<typeof startSmtpServer>>

beforeAll(async () => {
  smtp = await startSmtpServer('plain')
  Object.assign(env(), { SMTP_URL: smtp.url(), SMTP_FROM: 'plural@plural.test' })
})
afterAll(() => smtp.close())

const mailsTo = (email: string) => smtp.received.filter((r) => r.to.includes(email))

async function until(check: () => boolean) {
  for (let waited = 0; !check(); waited += 50) {
    if (waited > 5_000) throw new Error('the e-mail did not arrive within 5 s')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('reminder e-mail preference', () => {
  it('is on by default and switched with the settings form (a checkbox sends "on" or nothing)', async () => {
    const org = await createTestOrg()
    const me = org.members.ENGINEER
    expect(await getEmailPreferences(me.userId)).toEqual({ reminderEmails: true })
    await signInAs(me, org.orgId)
    expect(await updateEmailPreferencesAction(new FormData())).toEqual({ ok: true, data: { reminderEmails: false } })
    expect(await getEmailPreferences(me.userId)).toEqual({ reminderEmails: false })
    const ticked = new FormData()
    ticked.set('reminderEmails', 'on')
    expect(await updateEmailPreferencesAction(ticked)).toEqual({ ok: true, data: { reminderEmails: true } })
    expect(await updateEmailPreferencesAction({ reminderEmails: 'yes please' })).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await getEmailPreferences(me.userId)).toEqual({ reminderEmails: true })
  })

  it('skips the e-mail, first and repeated, for someone who switched it off, and still reminds them in the app', async () => {
    const org = await createTestOrg()
    const [optedOut, optedIn] = [org.members.ENGINEER, org.members.LEAD]
    await signInAs(optedOut, org.orgId)
    expect(await updateEmailPreferencesAction({ reminderEmails: false })).toMatchObject({ ok: true })

    const sent = new Date('2026-11-02T08:00:00Z')
    const manager = { userId: org.members.MANAGER.userId, name: 'Maya' }
    expect(await sendSurveyReminder(org.orgId, manager, optedOut.membershipId, sent)).toEqual({ status: 'sent', emailed: false })
    expect(await sendSurveyReminder(org.orgId, manager, optedIn.membershipId, sent)).toEqual({ status: 'sent', emailed: true })
    expect(mailsTo(optedIn.email)).toHaveLength(1)
    expect(mailsTo(optedIn.email)[0].mail.text).toContain('Maya asked you to fill in the working-style survey.')

    // The scheduled repeat: both in-app reminders are re-sent, the e-mail only to the one who wants it.
    expect(await processDueReminders(org.orgId, new Date(sent.getTime() + 3 * DAY))).toMatchObject({ resent: 2 })
    await until(() => mailsTo(optedIn.email).length === 2)
    expect(mailsTo(optedOut.email)).toEqual([])
    const inApp = await prisma.notification.findFirstOrThrow({ where: { membershipId: optedOut.membershipId, kind: 'survey-reminder' } })
    expect(inApp.sentCount).toBe(2)
  })
})
