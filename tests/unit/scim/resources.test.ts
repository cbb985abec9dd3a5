import { describe, expect, it } from 'vitest'
import { displayNameOf, membersWanted, signInEmailOf, toScimError, toScimGroup, toScimUser } from '@/lib/scim/resources'

const base = 'https://plural.example/scim/v2'
const at = new Date('2026-03-02T10:00:00Z')

describe('SCIM resources', () => {
  it('answers a member as a core User with its e-mail as userName and its activity', () => {
    const user = toScimUser(
      {
        id: 'm1',
        email: 'ada@example.com',
        name: 'Ada King',
        givenName: 'Ada',
        familyName: 'King',
        externalId: null,
        active: false,
        createdAt: at,
        updatedAt: at,
      },
      base,
    )
    expect(user).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      id: 'm1',
      userName: 'ada@example.com',
      name: { formatted: 'Ada King', givenName: 'Ada', familyName: 'King' },
      displayName: 'Ada King',
      emails: [{ value: 'ada@example.com', type: 'work', primary: true }],
      active: false,
      meta: { resourceType: 'User', created: at.toISOString(), lastModified: at.toISOString(), location: `${base}/Users/m1` },
    })
  })

  it('leaves members out of a group when asked to', () => {
    const row = { id: 'g1', displayName: 'Web', externalId: 'x', members: [{ id: 'm1', name: 'Ada' }], createdAt: at }
    expect(toScimGroup(row, base).members).toEqual([{ value: 'm1', display: 'Ada', $ref: `${base}/Users/m1` }])
    expect(toScimGroup(row, base, membersWanted('members'))).not.toHaveProperty('members')
    expect(membersWanted('displayName')).toBe(true)
  })

  it('writes errors with the status as a string (RFC 7644 §3.12)', () => {
    expect(toScimError(409, 'Taken.', 'uniqueness')).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '409',
      scimType: 'uniqueness',
      detail: 'Taken.',
    })
  })

  it('takes the sign-in e-mail from userName, else the primary or work e-mail, lower-cased', () => {
    expect(signInEmailOf({ userName: 'Ada@Example.com' })).toBe('ada@example.com')
    expect(
      signInEmailOf({
        userName: 'ada',
        emails: [
          { value: 'a@x.io', type: 'home' },
          { value: 'ada@x.io', primary: true },
        ],
      }),
    ).toBe('ada@x.io')
    expect(signInEmailOf({ userName: 'ada', emails: [{ value: 'not an e-mail' }] })).toBeNull()
  })

  it('names the person from formatted, else given and family names, else the e-mail', () => {
    expect(displayNameOf({ name: { givenName: 'Ada', familyName: 'King' } }, 'a@x.io')).toBe('Ada King')
    expect(displayNameOf({ displayName: 'Ada' }, 'a@x.io')).toBe('Ada')
    expect(displayNameOf({}, 'ada.king@x.io')).toBe('ada.king')
  })
})
