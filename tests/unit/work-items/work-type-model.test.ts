import { describe, expect, it } from 'vitest'
import { suggestWorkType } from '@/lib/work-items/classify'
import { addExample, EXAMPLE_WEIGHTS, suggestWithModel, trainWorkTypeModel, type LabelledExample } from '@/lib/work-items/work-type-model'

// A team that files its dependency chores as "rolldown" and "lexer" bumps: words no rule knows.
const team: LabelledExample[] = [
  { title: 'update rolldown to 1.0.1', type: 'BOILERPLATE' },
  { title: 'update rolldown to 1.0.2', type: 'BOILERPLATE' },
  { title: 'rolldown: bump peer range', type: 'BOILERPLATE' },
  { title: 'update es-module-lexer', type: 'BOILERPLATE' },
  { title: 'lexer: handle shebang', type: 'BOILERPLATE' },
  { title: 'hmr: preserve state during restart', type: 'COMPLEX_STATE' },
  { title: 'hmr: prune hot data', type: 'COMPLEX_STATE' },
  { title: 'hmr: reload once after rebuild', type: 'COMPLEX_STATE' },
]

describe('suggestWithModel', () => {
  it('is the rules alone without a model or examples', () => {
    const title = 'Fix OAuth login redirect loop'
    expect(suggestWithModel(null, title)).toEqual(suggestWorkType(title))
    expect(suggestWithModel(trainWorkTypeModel([]), title)).toEqual(suggestWorkType(title))
  })

  it("learns the team's vocabulary and says so", () => {
    expect(suggestWorkType('rolldown lexer upgrade')?.type ?? null).toBeNull()
    const suggestion = suggestWithModel(trainWorkTypeModel(team), 'rolldown lexer upgrade')
    expect(suggestion?.alternatives[0].type).toBe('BOILERPLATE')
    expect(suggestion?.reasons.join(' ')).toMatch(/your team’s items with “rolldown”.* were mostly labelled so/)
  })

  it('names a similar item the team labelled', () => {
    const suggestion = suggestWithModel(trainWorkTypeModel(team), 'hmr: preserve state on restart')
    expect(suggestion?.reasons).toContain('Your team labelled a similar item (“hmr: preserve state during restart”) as Complex state.')
  })

  it('counts a kept suggestion less than an explicit choice', () => {
    const title = 'rolldown chunk map'
    const explicit = trainWorkTypeModel([
      { title: 'rolldown chunk graph', type: 'ARCHITECTURE', weight: EXAMPLE_WEIGHTS.chosen },
      { title: 'rolldown chunk names', type: 'BOILERPLATE', weight: EXAMPLE_WEIGHTS.suggested },
    ])
    expect(suggestWithModel(explicit, title)?.alternatives[0].type).toBe('ARCHITECTURE')
    const swapped = trainWorkTypeModel([
      { title: 'rolldown chunk graph', type: 'ARCHITECTURE', weight: EXAMPLE_WEIGHTS.suggested },
      { title: 'rolldown chunk names', type: 'BOILERPLATE', weight: EXAMPLE_WEIGHTS.chosen },
    ])
    expect(suggestWithModel(swapped, title)?.alternatives[0].type).toBe('BOILERPLATE')
  })

  it('gives the same model whether trained at once or one example at a time', () => {
    const incremental = trainWorkTypeModel(team.slice(0, 4))
    for (const example of team.slice(4)) addExample(incremental, example)
    expect(suggestWithModel(incremental, 'hmr lexer')).toEqual(suggestWithModel(trainWorkTypeModel(team), 'hmr lexer'))
  })

  it('suggests nothing when no rule and no labelled item knows a word', () => {
    expect(suggestWithModel(trainWorkTypeModel(team), 'qwerty zxcv')).toBeNull()
  })
})
