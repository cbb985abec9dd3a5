import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupChangeFromPatch, ScimPatchError, userChangeFromPatch } from '@/lib/scim/patch'
import { scimPatchSchema } from '@/lib/schemas/scim'

const ops = (Operations: unknown[]) => scimPatchSchema.parse({ Operations }).Operations

describe('userChangeFromPatch', () => {
  it('reads Okta’s deactivation (no path, an object value) and Entra ID’s (a path, the string "False")', () => {
    expect(userChangeFromPatch(ops([{ op: 'replace', value: { active: false } }]))).toEqual({ active: false })
    expect(userChangeFromPatch(ops([{ op: 'Replace', path: 'active', value: 'False' }]))).toEqual({ active: false })
    expect(userChangeFromPatch(ops([{ op: 'Replace', path: 'active', value: 'True' }]))).toEqual({ active: true })
  })

  it('reads names by dotted path, nested object and dotted key, and clears them on remove', () => {
    expect(
      userChangeFromPatch(
        ops([
          { op: 'replace', path: 'name.givenName', value: 'Ada' },
          { op: 'replace', value: { 'name.familyName': 'King', externalId: 'x1' } },
          { op: 'add', path: 'emails[type eq "work"].value', value: 'ada@example.com' },
        ]),
      ),
    ).toEqual({ givenName: 'Ada', familyName: 'King', externalId: 'x1', email: 'ada@example.com' })
    expect(userChangeFromPatch(ops([{ op: 'replace', value: { name: { givenName: 'Ada', formatted: 'Ada L.' } } }]))).toEqual({
      givenName: 'Ada',
      formatted: 'Ada L.',
    })
    expect(userChangeFromPatch(ops([{ op: 'remove', path: 'externalId' }]))).toEqual({ externalId: null })
  })

  it('ignores attributes Plural does not keep', () => {
    const change = userChangeFromPatch(
      ops([
        { op: 'Replace', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', value: 'R&D' },
        { op: 'Add', path: 'phoneNumbers[type eq "work"].value', value: '+1 555' },
        { op: 'replace', value: { title: 'Engineer' } },
      ]),
    )
    expect(change).toEqual({})
  })

  it('refuses a value of the wrong shape, removing active, and a remove without a path', () => {
    const refusals: [unknown[], string][] = [
      [[{ op: 'replace', path: 'active', value: 'maybe' }], 'invalidValue'],
      [[{ op: 'remove', path: 'active' }], 'invalidValue'],
      [[{ op: 'remove' }], 'noTarget'],
      [[{ op: 'replace', value: [1, 2] }], 'invalidValue'],
      [[{ op: 'replace', path: 'name.givenName', value: 7 }], 'invalidValue'],
    ]
    for (const [operations, scimType] of refusals) {
      expect(() => userChangeFromPatch(ops(operations)), JSON.stringify(operations)).toThrow(ScimPatchError)
      try {
        userChangeFromPatch(ops(operations))
      } catch (error) {
        expect((error as ScimPatchError).scimType).toBe(scimType)
      }
    }
  })

  it('throws only ScimPatchError, whatever the operations hold', () => {
    const op = fc.record({
      op: fc.constantFrom('add', 'replace', 'remove', 'Add', 'Replace'),
      path: fc.option(fc.constantFrom('active', 'name', 'name.givenName', 'emails', 'userName', 'externalId', 'x.y'), { nil: undefined }),
      value: fc.jsonValue(),
    })
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 4 }), (operations) => {
        try {
          userChangeFromPatch(ops(operations))
        } catch (error) {
          expect(error).toBeInstanceOf(ScimPatchError)
        }
      }),
    )
  })
})

describe('groupChangeFromPatch', () => {
  it('reads Okta’s member forms and rename', () => {
    expect(
      groupChangeFromPatch(
        ops([
          { op: 'add', path: 'members', value: [{ value: 'm1', display: 'Ada' }] },
          { op: 'remove', path: 'members[value eq "m2"]' },
          { op: 'replace', value: { id: 'g1', displayName: 'Platform' } },
        ]),
      ),
    ).toEqual({ add: ['m1'], remove: ['m2'], displayName: 'Platform' })
  })

  it('reads Entra ID’s member forms, and replace or remove-all of the whole list', () => {
    expect(
      groupChangeFromPatch(
        ops([
          { op: 'Add', path: 'members', value: [{ value: 'm1' }, { value: 'm3' }] },
          { op: 'Remove', path: 'members', value: [{ value: 'm1' }] },
          { op: 'Replace', path: 'displayName', value: 'Web' },
        ]),
      ),
    ).toEqual({ add: ['m1', 'm3'], remove: ['m1'], displayName: 'Web' })
    expect(groupChangeFromPatch(ops([{ op: 'replace', path: 'members', value: [{ value: 'm9' }] }]))).toEqual({
      add: [],
      remove: [],
      replace: ['m9'],
    })
    expect(groupChangeFromPatch(ops([{ op: 'remove', path: 'members' }]))).toEqual({ add: [], remove: [], replace: [] })
  })

  it('refuses a member without a value and adding by a filtered path', () => {
    expect(() => groupChangeFromPatch(ops([{ op: 'add', path: 'members', value: [{ display: 'x' }] }]))).toThrow(ScimPatchError)
    expect(() => groupChangeFromPatch(ops([{ op: 'add', path: 'members[value eq "m1"]', value: 'x' }]))).toThrow(ScimPatchError)
  })
})
