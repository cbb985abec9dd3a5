import { describe, expect, it } from 'vitest'
import { STATEMENTS, SURVEY_SECTIONS } from '@/lib/survey/instrument'
import { MODES } from '@/lib/core/work-types'

describe('survey instrument', () => {
  it('has 18-24 statements with unique ids', () => {
    expect(STATEMENTS.length).toBeGreaterThanOrEqual(18)
    expect(STATEMENTS.length).toBeLessThanOrEqual(24)
    expect(new Set(STATEMENTS.map((s) => s.id)).size).toBe(STATEMENTS.length)
  })

  it('gives every dimension the same number of statements and of reverse-worded ones', () => {
    const count = (mode: string, reversed: boolean) => STATEMENTS.filter((s) => s.dimension === mode && s.reversed === reversed).length
    const forward = MODES.map((mode) => count(mode, false))
    const reverse = MODES.map((mode) => count(mode, true))
    expect(new Set(forward).size).toBe(1)
    expect(new Set(reverse).size).toBe(1)
    expect(reverse[0]).toBeGreaterThan(0)
  })

  it('pairs each reverse statement with a forward one of the same dimension, in another section', () => {
    for (const s of STATEMENTS) {
      if (!s.reversed) continue
      const partner = STATEMENTS.find((other) => other.id === s.pairedWith)
      expect(partner, s.id).toMatchObject({ reversed: false, dimension: s.dimension })
      expect(partner?.section, s.id).not.toBe(s.section)
    }
  })

  it('spreads statements over sections that each mix all dimensions', () => {
    const used = SURVEY_SECTIONS.filter((section) => STATEMENTS.some((s) => s.section === section.id))
    expect(used.length).toBeGreaterThanOrEqual(3)
    for (const section of used) {
      const dimensions = STATEMENTS.filter((s) => s.section === section.id).map((s) => s.dimension)
      expect(new Set(dimensions).size, section.id).toBe(MODES.length)
    }
  })
})
