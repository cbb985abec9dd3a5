import 'server-only'
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
  const [
    organization,
    memberships,
    teams,
    teamMembers,
    profiles,
    surveys,
    policies,
    sprints,
    availabilities,
    workItems,
    plans,
    assignments,
    outcomes,
    invitations,
    auditEvents,
    notifications,
  ] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: orgId } }),
    prisma.membership.findMany({ where, include: { user: { select: { email: true, name: true } } } }),
    prisma.team.findMany({ where }),
    prisma.teamMember.findMany({ where }),
    prisma.engineerProfile.findMany({ where }),
    // That and when someone answered is what the team page shows a manager; what they answered is
    // theirs: no answers, no scores (the explanation and consistency quote answers), no drafts.
    prisma.surveyResponse.findMany({
      where: { ...where, status: 'SUBMITTED' },
      select: { id: true, membershipId: true, version: true, submittedAt: true },
    }),
    prisma.workTypePolicy.findMany({ where }),
    prisma.sprint.findMany({ where }),
    prisma.availability.findMany({ where }),
    prisma.workItem.findMany({ where }),
    prisma.plan.findMany({ where }),
    prisma.assignment.findMany({ where }),
    prisma.outcome.findMany({ where }),
    prisma.invitation.findMany({ where, omit: { tokenHash: true } }),
    prisma.auditEvent.findMany({ where }),
    prisma.notification.findMany({ where }),
  ])
  return {
    exportedAt: new Date().toISOString(),
    format: 'plural-organization-export/2',
    notice: RAW_ANSWERS_NOTICE,
    organization,
    memberships,
    teams,
    teamMembers,
    profiles,
    surveys,
    policies,
    sprints,
    availabilities,
    workItems,
    plans,
    assignments,
    outcomes,
    invitations,
    auditEvents,
    notifications,
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
