import 'server-only'
import { planChangedEmail } from '@/lib/email/templates'
import { affectedEngineers, changesFor, planChangedNotice } from '@/lib/planner/published-changes'
import type { PlanRefInput } from '@/lib/schemas/plan'
import { AppError, notFound } from '@/lib/core/app-error'
import { isMailConfigured } from '@/lib/email/mailer'
import { log } from '@/lib/log'
import { recordAudit } from '../accounts/audit'
import { enqueue } from '../jobs/queue'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'
import { loadPlannedItems } from './plan-views'
import { write } from './plans'
import { claimLatest } from './revision'

// Publishing a version (decision 0055): the previous published one becomes SUPERSEDED, and everyone
// whose items changed hears about it once, in the app and by e-mail where SMTP is configured.

export const PLAN_CHANGED_KIND = 'plan-changed'
type Notice = { email: string; message: string }

export async function publishPlan(orgId: OrgId, actorId: UserId, ref: PlanRefInput): Promise<{ revision: number; notified: number }> {
  const { revision, notices } = await write(async (tx, outbox) => {
    const plan = await claimLatest(orgId, tx, ref.planId, ref.revision)
    if (plan.status === 'PUBLISHED') throw new AppError('INVALID', `Version ${plan.version} is already published.`)
    const sprint = await tx.sprint.findFirst({ where: { id: plan.sprintId, organizationId: orgId }, select: { name: true } })
    if (!sprint) throw notFound('Sprint')
    const previous = await tx.plan.findFirst({
      where: { organizationId: orgId, sprintId: plan.sprintId, status: 'PUBLISHED' },
      orderBy: { version: 'desc' },
      select: { id: true, summary: true },
    })
    const before = previous ? await loadPlannedItems(tx, orgId, previous, true) : []
    const after = await loadPlannedItems(tx, orgId, plan, false)
    // The hours engineers are given now, kept with the version: an item's hours may change later.
    const publishedHours = Object.fromEntries(after.map((i) => [i.itemId, i.hours]))
    await tx.plan.updateMany({
      where: { organizationId: orgId, sprintId: plan.sprintId, status: 'PUBLISHED' },
      data: { status: 'SUPERSEDED' },
    })
    await tx.plan.updateMany({
      where: { id: plan.id, organizationId: orgId },
      data: { status: 'PUBLISHED', publishedAt: new Date(), summary: { ...(plan.summary as object), publishedHours } },
    })
    // Plan rows name members of this organisation, but one may have left or been deactivated since: only current members hear.
    const members = await tx.membership.findMany({
      where: { organizationId: orgId, deactivatedAt: null, id: { in: affectedEngineers(before, after) } },
      select: { id: true, user: { select: { email: true } } },
    })
    const notices = members.map((m) => ({
      membershipId: m.id,
      email: m.user.email,
      message: planChangedNotice(sprint.name, plan.version, changesFor(m.id, before, after)),
    }))
    await tx.notification.createMany({
      data: notices.map((n) => ({
        organizationId: orgId,
        membershipId: n.membershipId,
        kind: PLAN_CHANGED_KIND,
        message: n.message,
        href: '/my-sprint',
      })),
    })
    // "Since you last looked" needs a version to compare with: someone who never said "Got it" gets the previous one.
    if (previous)
      await tx.planView.createMany({
        data: members.map((m) => ({ organizationId: orgId, membershipId: m.id, sprintId: plan.sprintId, planId: previous.id })),
        skipDuplicates: true,
      })
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'plan.publish',
        targetType: 'plan',
        targetId: plan.id,
        data: { sprintId: plan.sprintId, version: plan.version, notified: notices.length },
      },
      tx,
    )
    await outbox.record(tx, orgId, 'plan.published', {
      planId: plan.id,
      sprintId: plan.sprintId,
      sprintName: sprint.name,
      version: plan.version,
      assignments: after.map((i) => ({ itemId: i.itemId, engineerId: i.engineerId ?? '', mode: i.mode, hours: i.hours })),
    })
    return { revision: plan.revision, notices }
  })
  await mailNotices(notices)
  return { revision, notified: notices.length }
}

/** After the commit, as jobs (email.send), and never fatal: the in-app notices are written and the publish stands. */
async function mailNotices(notices: readonly Notice[]) {
  if (!isMailConfigured()) return
  try {
    for (const n of notices) await enqueue('email.send', { to: n.email, ...planChangedEmail(n.message) })
  } catch (error) {
    log('warn', 'plan e-mails not queued', { error, count: notices.length })
  }
}
