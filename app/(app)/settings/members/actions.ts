'use server'

import { changeMemberRole, removeMember } from '@/lib/db/accounts/memberships'
import { changeRoleSchema, removeMemberSchema } from '@/lib/schemas/org'
import { defineAction } from '@/lib/server/action'

export const changeMemberRoleAction = defineAction(
  { name: 'member.change-role', permission: 'member:manage', revalidate: ['/settings/members'] },
  changeRoleSchema,
  async ({ membershipId, role }, actor) => changeMemberRole(actor.orgId, actor, membershipId, role),
)

export const removeMemberAction = defineAction(
  { name: 'member.remove', permission: 'member:manage', revalidate: ['/settings/members'] },
  removeMemberSchema,
  async ({ membershipId }, actor) => removeMember(actor.orgId, actor, membershipId),
)
