import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { API_TOKEN_SCOPES, apiTokenStatus, canManageApiTokens, canToken, grantableApiTokenScopes } from '@/lib/core/api-scopes'
import { can, PERMISSIONS, ROLES } from '@/lib/core/permissions'
import { problemOf, PROBLEMS } from '@/lib/schemas/api/problem'

// A token's rights are its scope's row of the permission matrix, capped by its creator's role.

const scope = fc.constantFrom(...API_TOKEN_SCOPES)
const role = fc.constantFrom(...ROLES)
const permission = fc.constantFrom(...PERMISSIONS)

describe('token scopes on the permission matrix', () => {
  it('never grant more than the creator’s role, nor a person’s own survey and sprint', () => {
    fc.assert(
      fc.property(scope, role, permission, (s, r, p) => {
        if (canToken(s, r, p)) expect(can(r, p) && p !== 'self:use').toBe(true)
      }),
    )
  })

  it('read-only reads what a lead reads and writes nothing', () => {
    const granted = PERMISSIONS.filter((p) => canToken('READ', 'OWNER', p))
    expect(granted).toEqual(['sprint:read', 'work-item:read', 'plan:read', 'profile:read', 'dashboard:read'])
  })

  it('planning write adds what an engineering manager writes, and no organisation settings', () => {
    const added = PERMISSIONS.filter((p) => canToken('PLANNING', 'OWNER', p) && !canToken('READ', 'OWNER', p))
    expect(added).toEqual(['team:write', 'sprint:write', 'work-item:write', 'plan:write', 'plan:publish', 'survey:status'])
  })

  it('admin gives an owner’s token everything an admin may do but own the organisation', () => {
    expect(PERMISSIONS.filter((p) => !canToken('ADMIN', 'OWNER', p))).toEqual(['org:own', 'self:use'])
  })

  it('lets only owners and admins manage tokens', () => {
    expect(ROLES.filter(canManageApiTokens)).toEqual(['OWNER', 'ADMIN'])
  })

  it('offers a creator only scopes granting nothing their role lacks', () => {
    fc.assert(
      fc.property(role, permission, (r, p) => {
        for (const s of grantableApiTokenScopes(r)) if (canToken(s, 'OWNER', p)) expect(can(r, p)).toBe(true)
      }),
    )
    expect(Object.fromEntries(ROLES.map((r) => [r, grantableApiTokenScopes(r)]))).toEqual({
      OWNER: ['READ', 'PLANNING', 'ADMIN'],
      ADMIN: ['READ', 'PLANNING', 'ADMIN'],
      MANAGER: ['READ', 'PLANNING'],
      LEAD: ['READ'],
      ENGINEER: [],
    })
  })
})

describe('token status', () => {
  const at = (iso: string) => new Date(iso)
  it('is revoked once revoked, expired from the instant of expiry, active otherwise', () => {
    const now = at('2026-05-01T00:00:00Z')
    expect(apiTokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe('active')
    expect(apiTokenStatus({ revokedAt: null, expiresAt: at('2026-05-01T00:00:01Z') }, now)).toBe('active')
    expect(apiTokenStatus({ revokedAt: null, expiresAt: now }, now)).toBe('expired')
    expect(apiTokenStatus({ revokedAt: at('2026-04-01T00:00:00Z'), expiresAt: at('2026-03-01T00:00:00Z') }, now)).toBe('revoked')
  })
})

describe('problem details', () => {
  it('carry the status of their code, a type on the reference page, and one entry per refused field message', () => {
    const code = fc.constantFrom(...(Object.keys(PROBLEMS) as (keyof typeof PROBLEMS)[]))
    fc.assert(
      fc.property(code, fc.dictionary(fc.string({ minLength: 1 }), fc.array(fc.string(), { minLength: 1, maxLength: 3 })), (c, fields) => {
        const problem = problemOf(c, 'detail', fields)
        expect(problem.status).toBe(PROBLEMS[c].status)
        expect(problem.type).toMatch(/^\/settings\/api-reference#problem-[a-z-]+$/)
        expect(problem.errors?.length ?? 0).toBe(Object.values(fields).flat().length)
      }),
    )
  })
})
