import 'server-only'
import type { Role } from '@/lib/core/permissions'
import type { ApiMember, MemberListQuery } from '@/lib/schemas/api/people'
import { listTeamsWithMembers } from '../accounts/teams'
import type { OrgId } from '../org-id'
import { getMemberProfile, listMemberProfiles, type MemberProfileDTO } from '../survey/profiles'

// Teams and members as the API shows them, read through the same functions as the team pages, which
// never select survey answers. The API adds nothing of survey status or e-mail: only the computed profile.

const toApi = (member: MemberProfileDTO): ApiMember => ({
  membershipId: member.membershipId,
  name: member.name,
  role: member.role,
  teams: member.teams,
  profile: member.profile && {
    affinity: member.profile.affinity,
    primaryType: member.profile.primaryType,
    preferredMode: member.profile.preferredMode,
    preferences: member.profile.preferences,
    capacityHours: member.profile.capacityHours,
    deepWorkHoursPerDay: member.profile.deepWorkHoursPerDay,
    deepWorkTarget: member.profile.deepWorkTarget,
  },
})

export const listApiTeams = (orgId: OrgId) => listTeamsWithMembers(orgId)

const encodeCursor = (id: string) => Buffer.from(id).toString('base64url')
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString()

/**
 * A page of members by name. An organisation's members fit in memory (the team page lists them all),
 * so the page is cut from that list; the cursor is the last member's id, as for work items, and one
 * naming nobody listed (another organisation's, or a member who left) gives an empty page.
 */
export async function listApiMembers(orgId: OrgId, viewer: Role, query: MemberListQuery) {
  const members = await listMemberProfiles(orgId, viewer, { teamId: query.teamId })
  const start = query.cursor ? members.findIndex((m) => m.membershipId === decodeCursor(query.cursor ?? '')) + 1 : 0
  if (start === 0 && query.cursor) return { data: [], nextCursor: null }
  const page = members.slice(start, start + query.limit)
  const more = start + query.limit < members.length
  return { data: page.map(toApi), nextCursor: more ? encodeCursor(page[page.length - 1].membershipId) : null }
}

export async function getApiMember(orgId: OrgId, viewer: Role, membershipId: string) {
  return toApi(await getMemberProfile(orgId, viewer, membershipId))
}
