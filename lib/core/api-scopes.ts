import { can, type Permission, type Role } from './permissions'

// What an API token may do. A scope is mapped onto the permission matrix through the role whose
// rights it mirrors, so the API can never grant a verb the app does not know; a token's rights are
// also capped by its creator's current role, so demoting the creator shrinks their tokens too.
// `self:use` is left out: a token is the organisation's, not a person's survey or "My sprint".

export const API_TOKEN_SCOPES = ['READ', 'PLANNING', 'ADMIN'] as const
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number]

const SCOPE_ROLE: Record<ApiTokenScope, Role> = { READ: 'LEAD', PLANNING: 'MANAGER', ADMIN: 'ADMIN' }

export const API_TOKEN_SCOPE_LABELS: Record<ApiTokenScope, string> = {
  READ: 'Read only',
  PLANNING: 'Planning write',
  ADMIN: 'Admin',
}

export const API_TOKEN_SCOPE_HINTS: Record<ApiTokenScope, string> = {
  READ: 'Reads work items, sprints, teams, profiles, plans and dashboards, like a lead.',
  PLANNING: 'Also writes work items, sprints and availability, and plans and publishes, like an engineering manager.',
  ADMIN: 'Everything an admin may do through the API.',
}

/** Whether a token of `scope`, created by a member now holding `creatorRole`, may use `permission`. */
export function canToken(scope: ApiTokenScope, creatorRole: Role, permission: Permission): boolean {
  if (permission === 'self:use') return false
  return can(SCOPE_ROLE[scope], permission) && can(creatorRole, permission)
}

/** Roles that may create, list and revoke the organisation's tokens. */
export const canManageApiTokens = (role: Role) => can(role, 'org:manage')
