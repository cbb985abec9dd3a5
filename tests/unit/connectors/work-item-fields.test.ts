import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { UpstreamIssue } from '@/lib/connectors/types'
import { hoursOf, toSyncedFields, typeOf } from '@/lib/connectors/work-item-fields'

const factors = { pointsToHours: 4, defaultHours: 6 }
const issue = (over: Partial<UpstreamIssue> = {}): UpstreamIssue => ({
  externalKey: 'PROJ-1',
  upstreamId: 'PROJ-1',
  title: 'Update the README',
  description: '',
  issueType: 'Story',
  labels: [],
  priority: 2,
  estimate: null,
  status: 'TODO',
  ...over,
})

describe('hoursOf', () => {
  it('converts seconds by 3,600 and points by the connection’s factor; no estimate gives the default hours', () => {
    expect(hoursOf({ value: 5400, unit: 'seconds' }, factors)).toBe(1.5)
    expect(hoursOf({ value: 3, unit: 'points' }, factors)).toBe(12)
    expect(hoursOf(null, factors)).toBe(6)
    expect(hoursOf({ value: 0, unit: 'points' }, factors)).toBe(6)
  })

  it('always gives hours a work item accepts: more than 0 and at most 1,000', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom('seconds' as const, 'points' as const), (value, unit) => {
        const hours = hoursOf({ value, unit }, factors)
        expect(hours).toBeGreaterThan(0)
        expect(hours).toBeLessThanOrEqual(1000)
      }),
    )
  })
})

describe('typeOf', () => {
  const mapping = [
    { upstream: 'Bug', type: 'CODE_REVIEW' as const },
    { upstream: 'infra', type: 'INFRASTRUCTURE' as const },
  ]
  it('the mapping table decides by issue type first, then by label, ignoring case', () => {
    expect(typeOf(issue({ issueType: 'bug', labels: ['infra'] }), mapping)).toEqual({ type: 'CODE_REVIEW', source: 'mapping' })
    expect(typeOf(issue({ issueType: 'Story', labels: ['x', 'INFRA'] }), mapping)).toEqual({ type: 'INFRASTRUCTURE', source: 'mapping' })
  })
  it('the classifier decides the rest, and a ticket with no evidence is a novel problem', () => {
    expect(typeOf(issue({ title: 'Update the README' }), mapping)).toEqual({ type: 'DOCUMENTATION', source: 'classifier' })
    expect(typeOf(issue({ title: 'zzz qqq' }), mapping)).toEqual({ type: 'NOVEL_PROBLEM', source: 'classifier' })
  })
})

describe('toSyncedFields', () => {
  it('fits titles and labels into what a work item accepts', () => {
    const fields = toSyncedFields(issue({ title: 'Go', labels: [' a ', 'a', '', 'x'.repeat(50)] }), { ...factors, typeMapping: [] })
    expect(fields.title).toBe('PROJ-1 Go')
    expect(fields.labels).toEqual(['a', 'x'.repeat(40)])
    expect(toSyncedFields(issue({ title: 'y'.repeat(300) }), { ...factors, typeMapping: [] }).title).toHaveLength(200)
  })
})
