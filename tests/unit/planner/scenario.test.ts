import { describe, expect, it } from 'vitest'
import { scopeScenario } from '@/lib/planner/scenario'

const team = new Set(['ada', 'bob'])
const none = { capacity: {}, removed: [] }

describe('scopeScenario', () => {
  it('keeps a what-if about team members as it is', () => {
    expect(scopeScenario({ capacity: { ada: 8 }, removed: ['bob'] }, none, team)).toEqual({
      scenario: { capacity: { ada: 8 }, removed: ['bob'] },
      unknown: [],
    })
  })

  it('names every id that is neither on the team nor carried from the base', () => {
    expect(scopeScenario({ capacity: { ada: 8, zed: 0 }, removed: ['yan', 'bob'] }, none, team).unknown.sort()).toEqual(['yan', 'zed'])
  })

  it('drops ids carried from the base version whose person left the team', () => {
    const base = { capacity: { eve: 16 }, removed: ['fay'] }
    expect(scopeScenario({ capacity: { eve: 16, ada: 4 }, removed: ['fay'] }, base, team)).toEqual({
      scenario: { capacity: { ada: 4 }, removed: [] },
      unknown: [],
    })
  })
})
