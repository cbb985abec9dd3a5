import 'server-only'
import { pickFromText, type FilterPick, type PickField, type Suggestion } from '@/lib/work-items/filters'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

// Lookups behind the work-item list's filter bar. Each returns a handful of rows whatever the size of
// the organisation: members, sprints and labels are searched on demand instead of listed in the page.

const SUGGESTION_LIMIT = 8

/** `%`, `_` and `\\` in search text are literal characters, not LIKE wildcards. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * The sprints a bulk move can send items to: those not closed (a handful per team). Raw SQL because
 * Prisma's findMany costs about four times the server CPU of the same raw query.
 */
export function listOpenSprints(orgId: OrgId) {
  return prisma.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM "Sprint" WHERE "organizationId" = ${orgId} AND status <> 'CLOSED' ORDER BY "startDate" DESC, name`
}

const BACKLOG: Suggestion = { value: 'backlog', label: 'Backlog' }
const sprintLabel = (name: string, open: boolean) => (open ? name : `${name} (closed)`)

/** The text the sprint filter shows for its value; null when it is not one of this organisation's sprints. */
export async function getSprintFilterLabel(orgId: OrgId, sprint: string): Promise<string | null> {
  if (sprint === BACKLOG.value) return BACKLOG.label
  const rows = await prisma.$queryRaw<{ name: string; open: boolean }[]>`
    SELECT name, status <> 'CLOSED' AS open FROM "Sprint" WHERE id = ${sprint} AND "organizationId" = ${orgId}`
  return rows[0] ? sprintLabel(rows[0].name, rows[0].open) : null
}

/** "Backlog" when the text is part of it, then sprints whose name contains the text: open ones first, newest first. */
export async function suggestSprints(orgId: OrgId, text: string): Promise<Suggestion[]> {
  const pattern = escapeLike(text)
  const rows = await prisma.$queryRaw<{ id: string; name: string; open: boolean }[]>`
    SELECT id, name, status <> 'CLOSED' AS open FROM "Sprint"
    WHERE "organizationId" = ${orgId} AND name ILIKE ${`%${pattern}%`}
    ORDER BY status <> 'CLOSED' DESC, name ILIKE ${`${pattern}%`} DESC, "startDate" DESC, name, id
    LIMIT ${SUGGESTION_LIMIT}`
  const backlog = BACKLOG.label.toLowerCase().includes(text.toLowerCase()) ? [BACKLOG] : []
  return [...backlog, ...rows.map((r) => ({ value: r.id, label: sprintLabel(r.name, r.open) }))].slice(0, SUGGESTION_LIMIT)
}

/** The name the assignee filter shows for a membership id; null when it is not one of this organisation's. */
async function getMemberName(orgId: OrgId, membershipId: string): Promise<string | null> {
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT u.name FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m.id = ${membershipId} AND m."organizationId" = ${orgId}`
  return rows[0]?.name ?? null
}

/** Plannable members (engineers, or anyone with a profile) whose name contains the text; names starting with it first. */
export async function suggestAssignees(orgId: OrgId, text: string): Promise<Suggestion[]> {
  const pattern = escapeLike(text)
  return prisma.$queryRaw<Suggestion[]>`
    SELECT m.id AS value, u.name AS label FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."organizationId" = ${orgId} AND m."deactivatedAt" IS NULL AND u.name ILIKE ${`%${pattern}%`}
      AND (m.role = 'ENGINEER' OR EXISTS (SELECT 1 FROM "EngineerProfile" ep WHERE ep."membershipId" = m.id))
    ORDER BY u.name ILIKE ${`${pattern}%`} DESC, u.name, m.id
    LIMIT ${SUGGESTION_LIMIT}`
}

/** Labels in use that contain the text; labels starting with it first. */
export async function suggestLabels(orgId: OrgId, text: string): Promise<Suggestion[]> {
  const pattern = escapeLike(text)
  return prisma.$queryRaw<Suggestion[]>`
    SELECT l AS value, l AS label FROM "WorkItem" w CROSS JOIN LATERAL unnest(w.labels) AS l
    WHERE w."organizationId" = ${orgId} AND l ILIKE ${`%${pattern}%`}
    GROUP BY l ORDER BY l ILIKE ${`${pattern}%`} DESC, l
    LIMIT ${SUGGESTION_LIMIT}`
}

/**
 * The assignee or sprint filter from the URL. The id picked in the box counts unless the box's text
 * says otherwise: text typed without JavaScript, or typed and not picked from the list. That text then
 * picks among the same matches the box would have offered.
 */
export async function resolveFilterPick(
  orgId: OrgId,
  field: PickField,
  id: string | undefined,
  text: string | undefined,
): Promise<FilterPick> {
  if (text === '') return {}
  const label = id ? await (field === 'assignee' ? getMemberName : getSprintFilterLabel)(orgId, id) : null
  // An id that is not the organisation's stays in the filter, so the list says nothing matches.
  if (text === undefined) return { value: id, label: label ?? undefined }
  if (label !== null && text.toLowerCase() === label.toLowerCase()) return { value: id, label }
  const matches = await (field === 'assignee' ? suggestAssignees : suggestSprints)(orgId, text)
  const found = pickFromText(text, matches, field === 'assignee' ? 'member' : 'sprint')
  return 'pick' in found ? { value: found.pick.value, label: found.pick.label } : { label: text, problem: found.problem }
}
