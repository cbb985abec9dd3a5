import { can, PERMISSIONS, type Permission, type Role } from './permissions'

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

/**
 * The scopes a member holding `role` may give a new token: those granting no verb the role lacks, so
 * nobody mints a token mightier than themselves (a token is capped by its creator's role on use too).
 */
export const grantableApiTokenScopes = (role: Role): ApiTokenScope[] =>
  API_TOKEN_SCOPES.filter((scope) => PERMISSIONS.every((p) => p === 'self:use' || !can(SCOPE_ROLE[scope], p) || can(role, p)))

export type ApiTokenStatus = 'active' | 'expired' | 'revoked'

export const API_TOKEN_STATUS_LABELS: Record<ApiTokenStatus, string> = { active: 'Active', expired: 'Expired', revoked: 'Revoked' }

/** A revoked token stays revoked whatever its expiry; an expiry is reached at its instant (as authentication judges it). */
export function apiTokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): ApiTokenStatus {
  if (token.revokedAt) return 'revoked'
  return token.expiresAt && token.expiresAt <= now ? 'expired' : 'active'
}
