'use server'

import { addTeamMember, createTeam, deleteTeam, removeTeamMember, renameTeam } from '@/lib/db/accounts/teams'
import { createTeamSchema, deleteTeamSchema, renameTeamSchema, teamMemberSchema } from '@/lib/schemas/team'
import { defineAction } from '@/lib/server/action'

const revalidate = ['/settings/teams', '/settings/members']

export const createTeamAction = defineAction(
  { name: 'team.create', permission: 'team:write', revalidate },
  createTeamSchema,
  async ({ name }, actor) => createTeam(actor.orgId, actor.userId, name),
)

export const renameTeamAction = defineAction(
  { name: 'team.rename', permission: 'team:write', revalidate },
  renameTeamSchema,
  async ({ teamId, name }, actor) => renameTeam(actor.orgId, actor.userId, teamId, name),
)

export const deleteTeamAction = defineAction(
  { name: 'team.delete', permission: 'team:write', revalidate },
  deleteTeamSchema,
  async ({ teamId }, actor) => deleteTeam(actor.orgId, actor.userId, teamId),
)

export const addTeamMemberAction = defineAction(
  { name: 'team.add-member', permission: 'team:write', revalidate },
  teamMemberSchema,
  async ({ teamId, membershipId }, actor) => addTeamMember(actor.orgId, actor.userId, teamId, membershipId),
)

export const removeTeamMemberAction = defineAction(
  { name: 'team.remove-member', permission: 'team:write', revalidate },
  teamMemberSchema,
  async ({ teamId, membershipId }, actor) => removeTeamMember(actor.orgId, actor.userId, teamId, membershipId),
)
