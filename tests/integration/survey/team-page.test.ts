import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import TeamMemberPage from '@/app/(app)/team/[membershipId]/page'
import TeamPage from '@/app/(app)/team/page'
import { submitSurveyAction } from '@/app/(app)/survey/actions'
import { can, ROLES } from '@/lib/core/permissions'
import { prisma } from '@/lib/db/client'
import { sendSurveyReminder } from '@/lib/db/survey/reminders'
import { runDueReminders } from '@/lib/server/reminder-scheduler'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { submission } from './helpers'

// The team pages as each role receives them (rendered to HTML): what they show must be what the
// permission matrix grants, and rendering them must change nothing.

const DAY = 86_400_000

async function teamHtml(org: TestOrg, role: (typeof ROLES)[number]) {
  await signInAs(org.members[role])
  return renderToStaticMarkup(await TeamPage({ searchParams: Promise.resolve({}) }))
}

async function memberHtml(org: TestOrg, role: (typeof ROLES)[number], membershipId: string) {
  await signInAs(org.members[role])
  return renderToStaticMarkup(await TeamMemberPage({ params: Promise.resolve({ membershipId }) }))
}

describe('the team pages', () => {
  it("show who has answered, and reminders, exactly to the roles with 'survey:status'", async () => {
    const org = await createTestOrg()
    await signInAs(org.members.ENGINEER)
    expect(await submitSurveyAction(submission())).toMatchObject({ ok: true })
    const readers = ROLES.filter((role) => can(role, 'profile:read'))
    expect(readers).toContain('LEAD')

    for (const role of readers) {
      const team = await teamHtml(org, role)
      // Everyone who may read profiles sees the engineer's computed profile and capacity.
      expect(team, role).toContain('Craft')
      expect(team, role).toContain('54 h')
      const status = can(role, 'survey:status')
      for (const text of ['Survey:', 'Not answered yet', 'Send reminder']) expect(team.includes(text), `${role}: ${text}`).toBe(status)
      const member = await memberHtml(org, role, org.members.ENGINEER.membershipId)
      expect(member, role).toContain('Preferences and time')
      for (const text of ['Survey:', 'answered']) expect(member.includes(text), `${role}: ${text}`).toBe(status)
    }
  })

  it('renders without writing: a due reminder waits for the scheduler', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    await sendSurveyReminder(
      org.orgId,
      { userId: org.members.MANAGER.userId, name: 'Maya' },
      engineer.membershipId,
      new Date(Date.now() - 4 * DAY),
    )
    const before = await prisma.notification.findFirstOrThrow({ where: { membershipId: engineer.membershipId } })
    expect(before.nextDueAt!.getTime()).toBeLessThan(Date.now())
    const auditEvents = await prisma.auditEvent.count({ where: { organizationId: org.orgId } })

    for (const role of ['MANAGER', 'LEAD'] as const) await teamHtml(org, role)
    expect(await prisma.notification.findFirstOrThrow({ where: { id: before.id } })).toEqual(before)
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId } })).toBe(auditEvents)

    await runDueReminders()
    expect(await prisma.notification.findFirstOrThrow({ where: { id: before.id } })).toMatchObject({ sentCount: 2 })
  })
})
