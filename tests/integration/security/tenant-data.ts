import { randomBytes } from 'node:crypto'
import { prisma } from '@/lib/db/client'
import type { OrgId } from '@/lib/db/org-id'
import { createTestOrg, type TestOrg } from '../../support/factories'

// A victim organisation with at least one row in every tenant table, and a snapshot of all of
// them, so a probe can prove that nothing of it was read or changed.

const secret = (label: string) => `${label}-${randomBytes(6).toString('hex')}`

export type Victim = { org: TestOrg; ids: Record<string, string>; secrets: string[] }

export async function createVictim(): Promise<Victim> {
  const orgName = secret('Victim Org')
  const org = await createTestOrg(orgName)
  const organizationId = org.orgId
  const eng = org.members.ENGINEER.membershipId
  const sprint = await prisma.sprint.create({
    data: {
      organizationId,
      teamId: org.teamId,
      name: secret('Victim Sprint'),
      startDate: new Date('2026-03-02'),
      endDate: new Date('2026-03-13'),
      status: 'ACTIVE',
    },
  })
  const item = await prisma.workItem.create({
    data: {
      organizationId,
      teamId: org.teamId,
      sprintId: sprint.id,
      title: secret('Victim Item'),
      type: 'SECURITY_AUTH',
      hours: 8,
      priority: 3,
      externalKey: secret('VIC'),
    },
  })
  const item2 = await prisma.workItem.create({
    data: { organizationId, teamId: org.teamId, title: secret('Victim Backlog'), type: 'DOCUMENTATION', hours: 2, priority: 1 },
  })
  const plan = await prisma.plan.create({
    data: {
      organizationId,
      sprintId: sprint.id,
      version: 1,
      status: 'PUBLISHED',
      objective: 1,
      authorId: org.members.MANAGER.membershipId,
      publishedAt: new Date(),
    },
  })
  const assignment = await prisma.assignment.create({
    data: { organizationId, planId: plan.id, workItemId: item.id, membershipId: eng, mode: 'craft', fit: 0.8, value: 1 },
  })
  const profile = await prisma.engineerProfile.create({
    data: { organizationId, membershipId: eng, primaryType: 'craft', affinityCraft: 80, surveyedAt: new Date() },
  })
  const survey = await prisma.surveyResponse.create({
    data: {
      organizationId,
      membershipId: eng,
      version: 1,
      status: 'SUBMITTED',
      answers: { note: secret('Victim answer') },
      submittedAt: new Date(),
    },
  })
  const pulse = await prisma.pulseResponse.create({
    data: {
      organizationId,
      sprintId: sprint.id,
      membershipId: eng,
      deepWorkShare: 0.5,
      preferredModeShare: 0.5,
      energy: 4,
      comment: secret('Victim pulse'),
    },
  })
  const availability = await prisma.availability.create({
    data: { organizationId, sprintId: sprint.id, membershipId: eng, hoursPerDay: 5, note: secret('Victim leave') },
  })
  const holiday = await prisma.holiday.create({ data: { organizationId, date: new Date('2026-03-04'), name: secret('Victim holiday') } })
  // A day off's reason is for the victim's managers only: it must never reach another organisation.
  const timeOff = await prisma.timeOff.create({
    data: {
      organizationId,
      membershipId: eng,
      startDate: new Date('2026-03-05'),
      endDate: new Date('2026-03-06'),
      reason: secret('Victim reason'),
    },
  })
  const outcome = await prisma.outcome.create({
    data: { organizationId, workItemId: item.id, sprintId: sprint.id, delivery: 'ON_TIME', note: secret('Victim outcome') },
  })
  const invitation = await prisma.invitation.create({
    data: {
      organizationId,
      email: `${secret('victim')}@example.test`,
      role: 'ENGINEER',
      tokenHash: randomBytes(32).toString('hex'),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  })
  const notification = await prisma.notification.create({
    data: { organizationId, membershipId: eng, kind: 'survey.reminder', message: secret('Victim notice') },
  })
  const policy = await prisma.workTypePolicy.findFirstOrThrow({ where: { organizationId } })
  const audit = await prisma.auditEvent.create({ data: { organizationId, action: 'victim.event', targetId: secret('victim-target') } })
  const connection = await prisma.trackerConnection.create({
    data: {
      organizationId,
      kind: 'JIRA',
      name: secret('Victim Jira'),
      baseUrl: 'https://victim.example.test',
      scope: { jql: 'project = V' },
      credential: 'v1.sealed',
    },
  })
  const chatChannel = await prisma.chatChannel.create({
    data: { organizationId, teamId: org.teamId, kind: 'SLACK_WEBHOOK', credential: 'v1.sealed', lastError: secret('Victim chat error') },
  })
  const apiToken = await prisma.apiToken.create({
    data: {
      organizationId,
      membershipId: org.members.OWNER.membershipId,
      name: secret('Victim token'),
      scope: 'ADMIN',
      prefix: `plr_${randomBytes(4).toString('hex')}`,
      secretHash: randomBytes(32),
    },
  })
  const endpoint = await prisma.webhookEndpoint.create({
    data: {
      organizationId,
      url: `https://${secret('victim')}.example.test/hook`,
      description: secret('Victim hook'),
      events: ['plan.published'],
      secretSealed: 'v1.sealed',
    },
  })
  const event = await prisma.webhookEvent.create({
    data: { id: secret('msg_victim'), organizationId, type: 'plan.published', payload: { type: 'plan.published', data: {} } },
  })
  // Delivered, so no worker of a probing test picks it up and changes it.
  const delivery = await prisma.webhookDelivery.create({
    data: { organizationId, endpointId: endpoint.id, eventId: event.id, status: 'delivered', nextAttemptAt: null, attempts: 1 },
  })
  // The team mirrors an identity provider's group, so the SCIM probe finds a victim group as well as users.
  await prisma.team.update({ where: { id: org.teamId }, data: { scimGroup: true, scimExternalId: secret('victim-group') } })
  const scimToken = await prisma.scimToken.create({
    data: { organizationId, name: secret('Victim IdP'), prefix: `scim_${randomBytes(4).toString('hex')}`, secretHash: randomBytes(32) },
  })
  await prisma.ssoConnection.create({
    data: {
      organizationId,
      issuer: 'https://victim-idp.example.test',
      clientId: secret('victim-client'),
      clientSecretSealed: 'v1.sealed-victim',
    },
  })
  const ssoDomain = await prisma.ssoDomain.create({
    data: { organizationId, domain: `${secret('victim')}.example.test`.toLowerCase(), verificationToken: secret('victim-dns-token') },
  })
  const ids = {
    organizationId,
    teamId: org.teamId,
    sprintId: sprint.id,
    workItemId: item.id,
    backlogItemId: item2.id,
    planId: plan.id,
    assignmentId: assignment.id,
    membershipId: eng,
    ownerMembershipId: org.members.OWNER.membershipId,
    managerMembershipId: org.members.MANAGER.membershipId,
    userId: org.members.ENGINEER.userId,
    ownerUserId: org.members.OWNER.userId,
    profileId: profile.id,
    surveyId: survey.id,
    pulseId: pulse.id,
    availabilityId: availability.id,
    holidayId: holiday.id,
    timeOffId: timeOff.id,
    outcomeId: outcome.id,
    invitationId: invitation.id,
    notificationId: notification.id,
    policyId: policy.id,
    auditEventId: audit.id,
    trackerConnectionId: connection.id,
    chatChannelId: chatChannel.id,
    apiTokenId: apiToken.id,
    webhookEndpointId: endpoint.id,
    webhookDeliveryId: delivery.id,
    scimTokenId: scimToken.id,
    ssoDomainId: ssoDomain.id,
  }
  const rows = await snapshotRows(org.orgId)
  // Every text value the victim owns that a leak would carry: titles, names, e-mails, ids.
  const secrets = [
    orgName,
    sprint.name,
    item.title,
    item2.title,
    item.externalKey ?? '',
    ...Object.values(org.members).map((m) => m.email),
    ...collectStrings(rows),
  ]
  return { org, ids, secrets: [...new Set(secrets.filter((s) => s.length >= 8))] }
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return /^(c[a-z0-9]{20,}|.*-[0-9a-f]{12}.*|.*@example\.test)$/.test(value) ? [value] : []
  if (Array.isArray(value)) return value.flatMap(collectStrings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings)
  return []
}

const TENANT_TABLES = [
  'membership',
  'team',
  'teamMember',
  'engineerProfile',
  'surveyResponse',
  'pulseResponse',
  'workTypePolicy',
  'sprint',
  'availability',
  'holiday',
  'timeOff',
  'workItem',
  'plan',
  'assignment',
  'outcome',
  'invitation',
  'notification',
  'auditEvent',
  'trackerConnection',
  'chatChannel',
  'syncedItem',
  'apiToken',
  'webhookEndpoint',
  'webhookEvent',
  'webhookDelivery',
  'scimToken',
] as const

type Finder = { findMany: (args: { where: { organizationId: string } }) => Promise<unknown[]> }
const sortRows = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort()

/** Every row of the organisation across all tenant tables, plus its users, as sorted JSON. */
export async function snapshotRows(orgId: OrgId) {
  const tables: Record<string, string[]> = {}
  for (const table of TENANT_TABLES)
    tables[table] = sortRows(await (prisma[table] as unknown as Finder).findMany({ where: { organizationId: orgId } }))
  tables.organization = sortRows(await prisma.organization.findMany({ where: { id: orgId } }))
  tables.user = sortRows(await prisma.user.findMany({ where: { memberships: { some: { organizationId: orgId } } } }))
  return tables
}
