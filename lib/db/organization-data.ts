import 'server-only'
import { prisma } from './client'
import type { OrgId } from './org-id'

// Data ownership: everything an organisation owns, as one JSON document, and its deletion.
// Users are global accounts (they may belong to other organisations), so only their
// memberships go; e-mail and name are exported for members, password hashes never.

export async function exportOrganization(orgId: OrgId) {
  const where = { organizationId: orgId }
  const [organization, memberships, teams, teamMembers, profiles, surveys, pulses, policies, sprints, availabilities, workItems, plans, assignments, outcomes, invitations, auditEvents, notifications] =
    await Promise.all([
      prisma.organization.findUniqueOrThrow({ where: { id: orgId } }),
      prisma.membership.findMany({ where, include: { user: { select: { email: true, name: true } } } }),
      prisma.team.findMany({ where }),
      prisma.teamMember.findMany({ where }),
      prisma.engineerProfile.findMany({ where }),
      prisma.surveyResponse.findMany({ where }),
      prisma.pulseResponse.findMany({ where }),
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
    format: 'plural-organization-export/1',
    organization, memberships, teams, teamMembers, profiles, surveys, pulses, policies, sprints,
    availabilities, workItems, plans, assignments, outcomes, invitations, auditEvents, notifications,
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
