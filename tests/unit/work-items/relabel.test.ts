import { describe, expect, it } from 'vitest'
import { relabel } from '@/lib/work-items/relabel'

describe('relabel', () => {
  it('adds missing labels after the kept ones and never twice', () => {
    expect(relabel(['web', 'auth'], { add: ['auth', 'urgent'], remove: [] })).toEqual(['web', 'auth', 'urgent'])
  })

  it('removes labels the item has and ignores those it has not', () => {
    expect(relabel(['web', 'auth'], { add: [], remove: ['web', 'mobile'] })).toEqual(['auth'])
  })

  it('keeps a label that is both removed and added', () => {
    expect(relabel(['web'], { add: ['web'], remove: ['web'] })).toEqual(['web'])
  })
})
