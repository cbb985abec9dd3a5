import 'server-only'
import { awaitAll } from '@/lib/core/await-all'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

// Data ownership: everything an organisation owns, as one JSON document, and its deletion.
// Users are global accounts (they may belong to other organisations), so only their
// memberships go; e-mail and name are exported for members, password hashes never.

/**
 * Said inside the export, so whoever opens the file learns why survey answers are missing and
 * where they live. The path is the member's own download (app/api/survey/export/route.ts).
 */
const RAW_ANSWERS_NOTICE =
  'Raw survey answers (statement scores, work-type answers, notes, drafts, the explanation that quotes them) and pulse answers and comments are not included: they belong to the person who gave them. Each member exports their own from their survey result page (/api/survey/export). This file carries the computed profiles (affinities, primary type, preferred mode, work-type preferences, capacity and deep-work figures) that planning uses.'

export async function exportOrganization(orgId: OrgId) {
  const where = { organizationId: orgId }
  const data = await awaitAll({
    organization: prisma.organization.findUniqueOrThrow({ where: { id: orgId } }),
    memberships: prisma.membership.findMany({ where, include: { user: { select: { email: true, name: true } } } }),
    teams: prisma.team.findMany({ where }),
    teamMembers: prisma.teamMember.findMany({ where }),
    profiles: prisma.engineerProfile.findMany({ where }),
    // That and when someone answered is what the team page shows a manager; what they answered is
    // theirs: no answers, no scores (the explanation and consistency quote answers), no drafts.
    surveys: prisma.surveyResponse.findMany({
      where: { ...where, status: 'SUBMITTED' },
      select: { id: true, membershipId: true, version: true, submittedAt: true },
    }),
    policies: prisma.workTypePolicy.findMany({ where }),
    sprints: prisma.sprint.findMany({ where }),
    availabilities: prisma.availability.findMany({ where }),
    // The calendar capacity is derived from; days off with their reasons, which only managers see in the app.
    holidays: prisma.holiday.findMany({ where }),
    timeOff: prisma.timeOff.findMany({ where }),
    workItems: prisma.workItem.findMany({ where }),
    plans: prisma.plan.findMany({ where }),
    assignments: prisma.assignment.findMany({ where }),
    outcomes: prisma.outcome.findMany({ where }),
    invitations: prisma.invitation.findMany({ where, omit: { tokenHash: true } }),
    auditEvents: prisma.auditEvent.findMany({ where }),
    notifications: prisma.notification.findMany({ where }),
    // Tracker connections are listed without their credential, sealed or not: an export is not a way to get a token.
    trackerConnections: prisma.trackerConnection.findMany({ where, omit: { credential: true } }),
    syncedItems: prisma.syncedItem.findMany({ where }),
    // Chat channels likewise without their webhook URL or bot token.
    chatChannels: prisma.chatChannel.findMany({ where, omit: { credential: true } }),
  })
  return {
    exportedAt: new Date().toISOString(),
    format: 'plural-organization-export/2',
    notice: RAW_ANSWERS_NOTICE,
    ...data,
  }
}

/**
 * Deletes the organisation and, through the schema's cascades, every row that carries its id,
 * in one statement inside one transaction: all of it goes or none of it.
 */
export async function deleteOrganization(orgId: OrgId) {
  await prisma.$transaction(async (tx) => {
    await tx.organization.delete({ where: { id: orgId } })
  })
}
