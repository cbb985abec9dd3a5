import { randomBytes } from 'node:crypto'
import fc from 'fast-check'

// Payloads that put another organisation's ids under every key an action might read an id from,
// with plausible values for the other fields so that schemas accept as many payloads as possible.

const ID_KEYS: Record<string, string> = {
  organizationId: 'organizationId',
  orgId: 'organizationId',
  teamId: 'teamId',
  sprintId: 'sprintId',
  fromSprintId: 'sprintId',
  toSprintId: 'sprintId',
  itemId: 'workItemId',
  workItemId: 'workItemId',
  planId: 'planId',
  assignmentId: 'assignmentId',
  membershipId: 'membershipId',
  memberId: 'membershipId',
  engineerId: 'membershipId',
  pinnedToId: 'membershipId',
  authorId: 'managerMembershipId',
  userId: 'userId',
  invitationId: 'invitationId',
  profileId: 'profileId',
  surveyId: 'surveyId',
  responseId: 'surveyId',
  pulseId: 'pulseId',
  availabilityId: 'availabilityId',
  holidayId: 'holidayId',
  timeOffId: 'timeOffId',
  outcomeId: 'outcomeId',
  notificationId: 'notificationId',
  policyId: 'policyId',
  eventId: 'auditEventId',
  targetId: 'membershipId',
  connectionId: 'trackerConnectionId',
  chatChannelId: 'chatChannelId',
  tokenId: 'apiTokenId',
  endpointId: 'webhookEndpointId',
  deliveryId: 'webhookDeliveryId',
  scimTokenId: 'scimTokenId',
  domainId: 'ssoDomainId',
}
const ARRAY_KEYS: Record<string, string[]> = {
  ids: ['workItemId', 'backlogItemId'],
  itemIds: ['workItemId', 'backlogItemId'],
  workItemIds: ['workItemId', 'backlogItemId'],
  membershipIds: ['membershipId', 'ownerMembershipId'],
  memberIds: ['membershipId'],
  sprintIds: ['sprintId'],
  teamIds: ['teamId'],
  assignmentIds: ['assignmentId'],
  notificationIds: ['notificationId'],
}

/** The probing organisation's name: typed confirmations (delete organisation) then go through. */
export const ATTACKER_ORG_NAME = 'Attacker Org'

let counter = 0
/** Fresh text per call, so a create that ignores the forged id cannot collide with an earlier one. */
function scalars() {
  const n = `${++counter}-${randomBytes(2).toString('hex')}`
  return {
    name: `Probe ${n}`,
    title: `Probe title ${n}`,
    description: 'probe',
    email: `probe.${n}@example.test`,
    role: 'ENGINEER',
    hours: 4,
    priority: 2,
    type: 'CRUD_SCAFFOLDING',
    workType: 'CRUD_SCAFFOLDING',
    mode: 'craft',
    status: 'DONE',
    delivery: 'ON_TIME',
    reworkHours: 0,
    defects: 0,
    version: 1,
    revision: 0,
    expectedRevision: 0,
    startDate: '2026-04-06',
    endDate: '2026-04-17',
    // A fresh date too: a holiday is unique per date, so a repeat would conflict where the first did not.
    date: new Date(Date.UTC(2030, 0, 1) + counter * 86_400_000).toISOString().slice(0, 10),
    hoursPerDay: 6,
    capacityHours: 60,
    note: 'probe',
    comment: 'probe',
    reason: 'probe',
    labels: ['probe'],
    locked: true,
    threshold: 5,
    anonymityThreshold: 5,
    confirmation: ATTACKER_ORG_NAME,
    theme: 'light',
    energy: 3,
    scope: 'READ',
    url: 'https://probe.example.test/hooks',
    events: ['plan.published'],
    enabled: 'false',
    take: 'upstream',
  }
}

/** One payload per choice of what `id` means, each also carrying every specific id key. */
export function probePayloads(ids: Record<string, string>): Record<string, unknown>[] {
  const specific = Object.fromEntries(Object.entries(ID_KEYS).map(([key, kind]) => [key, ids[kind]]))
  const arrays = Object.fromEntries(Object.entries(ARRAY_KEYS).map(([key, kinds]) => [key, kinds.map((k) => ids[k])]))
  const kinds = [...new Set(Object.values(ID_KEYS))].concat('backlogItemId')
  // An invitation token naming the other organisation's invitation, with a guessed secret.
  const token = `${ids.invitationId}.${randomBytes(32).toString('base64url')}`
  // Row lists (the availability table's one Save) carry their ids one level down.
  const rows = [{ membershipId: ids.membershipId, hoursPerDay: 6 }]
  return kinds.map((kind) => ({ ...scalars(), ...specific, ...arrays, rows, token, id: ids[kind] }))
}

/** The same payload as a submitted form (arrays as repeated `key[]` fields). */
export function asFormData(payload: Record<string, unknown>): FormData {
  const fd = new FormData()
  for (const [key, value] of Object.entries(payload)) {
    if (Array.isArray(value)) for (const v of value) fd.append(`${key}[]`, String(v))
    else fd.append(key, String(value))
  }
  return fd
}

/** Ids that exist nowhere, shaped like real ones (for "behaves like a missing id"). */
export function missingIds(ids: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(ids).map((k) => [k, `cm${randomBytes(12).toString('hex').slice(0, 23)}`]))
}

/** Ids a payload itself carried: a result may echo those without leaking anything. */
export function sentStrings(payload: unknown): Set<string> {
  return new Set(
    JSON.stringify(payload)
      .match(/"[^"]*"/g)
      ?.map((s) => s.slice(1, -1)) ?? [],
  )
}

/** Strings that break naive code: empty, NUL, traversal, SQL, huge, JSON in a string, prototype keys, odd numbers. */
export const hostileStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '../../etc/passwd',
  "' OR 1=1 --",
  '%00',
  'x'.repeat(5000),
  '{"a":1}',
  '__proto__',
  '-1',
  '1e309',
  'NaN',
)
