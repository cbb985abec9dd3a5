import { describe, expect, it } from 'vitest'
import { can, canAssignRole, PERMISSIONS, ROLES, type Permission, type Role } from '@/lib/core/permissions'

// The expected matrix, written out from the role descriptions rather than derived from
// the implementation: one row per permission, one column per role (O A M L E).
const EXPECTED: Record<Permission, [boolean, boolean, boolean, boolean, boolean]> = {
  'org:manage': [true, true, false, false, false],
  'org:own': [true, false, false, false, false], // export / delete the whole organisation
  'member:manage': [true, true, false, false, false],
  'invitation:manage': [true, true, false, false, false],
  'policy:write': [true, true, false, false, false],
  'audit:read': [true, true, false, false, false],
  'team:write': [true, true, true, false, false],
  'sprint:read': [true, true, true, true, false],
  'sprint:write': [true, true, true, false, false],
  'work-item:read': [true, true, true, true, false],
  'work-item:write': [true, true, true, false, false],
  'plan:read': [true, true, true, true, false],
  'plan:write': [true, true, true, false, false],
  'plan:publish': [true, true, true, false, false],
  'profile:read': [true, true, true, true, false],
  'survey:status': [true, true, true, false, false],
  'dashboard:read': [true, true, true, true, false],
  'self:use': [true, true, true, true, true],
}

describe('permission matrix', () => {
  it('has an expectation for every permission', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort())
  })

  for (const permission of PERMISSIONS) {
    ROLES.forEach((role, column) => {
      const allowed = EXPECTED[permission][column]
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed)
      })
    })
  }
})

describe('canAssignRole', () => {
  const expected: Record<Role, Role[]> = {
    OWNER: ['OWNER', 'ADMIN', 'MANAGER', 'LEAD', 'ENGINEER'],
    ADMIN: ['ADMIN', 'MANAGER', 'LEAD', 'ENGINEER'], // never OWNER
    MANAGER: [],
    LEAD: [],
    ENGINEER: [],
  }
  for (const actor of ROLES) {
    for (const target of ROLES) {
      const allowed = expected[actor].includes(target)
      it(`${actor} ${allowed ? 'can' : 'cannot'} assign ${target}`, () => {
        expect(canAssignRole(actor, target)).toBe(allowed)
      })
    }
  }
})
