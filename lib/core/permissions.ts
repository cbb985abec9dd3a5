// The permission matrix: the one place that says what each role may do. Pure, so every cell
// has a unit test; the server enforces it through requirePermission (lib/auth/actor.ts).

export const ROLES = ['OWNER', 'ADMIN', 'MANAGER', 'LEAD', 'ENGINEER'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = [
  'org:manage', // organisation settings and anonymity threshold
  'org:own', // export all of the organisation's data, delete the organisation (OWNER only)
  'member:manage', // roles and removal of members
  'invitation:manage',
  'policy:write', // the work type -> mode table
  'audit:read',
  'team:write',
  'sprint:read',
  'sprint:write', // sprints, availability, closing with outcomes
  'work-item:read',
  'work-item:write',
  'plan:read', // every plan version, drafts included
  'plan:write',
  'plan:publish',
  'profile:read', // other members' computed profiles, preferences and capacity (never raw answers)
  'survey:status', // who has answered, reminders
  'dashboard:read',
  'self:use', // own survey, profile, pulse, "My sprint", account
] as const
export type Permission = (typeof PERMISSIONS)[number]

const everything = new Set<Permission>(PERMISSIONS)

const MATRIX: Record<Role, ReadonlySet<Permission>> = {
  OWNER: everything,
  ADMIN: new Set<Permission>(PERMISSIONS.filter((p) => p !== 'org:own')),
  MANAGER: new Set<Permission>([
    'team:write',
    'sprint:read',
    'sprint:write',
    'work-item:read',
    'work-item:write',
    'plan:read',
    'plan:write',
    'plan:publish',
    'profile:read',
    'survey:status',
    'dashboard:read',
    'self:use',
  ]),
  LEAD: new Set<Permission>(['sprint:read', 'work-item:read', 'plan:read', 'profile:read', 'dashboard:read', 'self:use']),
  ENGINEER: new Set<Permission>(['self:use']),
}

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role].has(permission)
}

/** Roles that `actor` may hand out: nobody but an OWNER creates another OWNER. */
export function canAssignRole(actor: Role, target: Role): boolean {
  if (!can(actor, 'member:manage')) return false
  return target !== 'OWNER' || actor === 'OWNER'
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  MANAGER: 'Engineering manager',
  LEAD: 'Lead',
  ENGINEER: 'Engineer',
}
