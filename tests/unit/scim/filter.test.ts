import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScimFilter, ScimFilterError } from '@/lib/scim/filter'

const USER = ['userName', 'externalId'] as const

describe('parseScimFilter', () => {
  it('reads the eq comparisons Okta and Entra ID send, in the attribute’s canonical spelling', () => {
    expect(parseScimFilter('userName eq "ada@example.com"', USER)).toEqual({ attribute: 'userName', value: 'ada@example.com' })
    expect(parseScimFilter('externalId EQ "e1c8-0001"', USER)).toEqual({ attribute: 'externalId', value: 'e1c8-0001' })
    expect(parseScimFilter('username eq "a\\"b"', USER)).toEqual({ attribute: 'userName', value: 'a"b' })
  })

  it('answers no filter for an absent or blank one', () => {
    expect(parseScimFilter(undefined, USER)).toBeNull()
    expect(parseScimFilter('  ', USER)).toBeNull()
  })

  it('refuses other operators, other attributes and compound filters instead of guessing', () => {
    for (const filter of ['userName co "a"', 'title eq "x"', 'userName eq "a" and active eq true', 'userName eq a', 'userName eq "\\x"'])
      expect(() => parseScimFilter(filter, USER), filter).toThrow(ScimFilterError)
  })

  it('round-trips any value written as a JSON string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (value) => {
        expect(parseScimFilter(`userName eq ${JSON.stringify(value)}`, USER)).toEqual({ attribute: 'userName', value })
      }),
    )
  })

  it('never throws anything but ScimFilterError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (filter) => {
        try {
          parseScimFilter(filter, USER)
        } catch (error) {
          expect(error).toBeInstanceOf(ScimFilterError)
        }
      }),
    )
  })
})
