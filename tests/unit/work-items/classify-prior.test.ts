import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreRules, suggestWorkType } from '@/lib/work-items/classify'
import { BASE_RATES, fitBaseRates, titleKind, type LabelledTitle } from '@/lib/work-items/classify-prior'
import { suggestWithModel, trainWorkTypeModel } from '@/lib/work-items/work-type-model'

const trainingTitles: LabelledTitle[] = readFileSync(join(import.meta.dirname, '../../data/work-type-titles.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as LabelledTitle & { split: string })
  .filter((row) => row.split === 'train')

// Words no rule knows: names of options, modules and files.
const unknownWord = fc.constantFrom('chunk', 'importmap', 'lexer', 'rolldown', 'oxc', 'shebang', 'ids', 'interop', 'segment')
const unknownWords = fc.array(unknownWord, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '))

describe('base rates of a title’s form', () => {
  it('are the rates measured on the training split, not numbers typed in', () => {
    const fitted = fitBaseRates(trainingTitles)
    expect(fitted.codeScope).toMatchObject(BASE_RATES.codeScope)
    expect(fitted.changeVerb).toMatchObject(BASE_RATES.changeVerb)
  })

  it('reads a code scope and an opening verb of change, and nothing else', () => {
    expect(titleKind('build: chunk importmap')).toEqual({ kind: 'codeScope', shown: 'build:' })
    expect(titleKind('add input option')).toEqual({ kind: 'changeVerb', shown: 'add' })
    expect(titleKind('Escape ids with null bytes')).toEqual({ kind: 'changeVerb', shown: 'Escape' })
    // A scope that is a kind of work is not a part of the code, and an issue-style title has no form.
    expect(titleKind('docs: chunk importmap')).toBeNull()
    expect(titleKind('Feedback submission')).toBeNull()
    expect(titleKind('address lookup')).toBeNull()
  })

  it('decides a title no rule knows a word of, with the measured rate as its confidence', () => {
    fc.assert(
      fc.property(fc.constantFrom('build', 'css', 'module-runner', 'glob'), unknownWords, (scope, words) => {
        const title = `${scope}: ${words}`
        expect(scoreRules(title)).toEqual([])
        const suggestion = suggestWorkType(title)
        expect(suggestion?.type).toBe(BASE_RATES.codeScope.type)
        expect(suggestion?.confidence).toBe(BASE_RATES.codeScope.right)
        expect(suggestion?.matched).toEqual([`${scope}:`])
        expect(suggestion?.reasons).toEqual([
          `Boilerplate: ${Math.round(100 * BASE_RATES.codeScope.right)}% of the labelled titles that open like “${scope}:” were Boilerplate.`,
        ])
      }),
    )
  })

  it('is the same in the rules alone and in a model without examples', () => {
    fc.assert(
      fc.property(fc.constantFrom('build: ', 'update ', 'Add '), unknownWords, (opening, words) => {
        expect(suggestWithModel(null, opening + words)).toEqual(suggestWorkType(opening + words))
        expect(suggestWithModel(trainWorkTypeModel([]), opening + words)).toEqual(suggestWorkType(opening + words))
      }),
    )
  })

  it('leaves a title of no known form without a suggestion, and a weak hint not sure', () => {
    expect(suggestWorkType('interop segment lexer')).toBeNull()
    expect(suggestWorkType('Update the list')?.type).toBeNull()
  })
})

describe('a team’s own base rate', () => {
  // A team whose scoped titles are mostly about its plugin API's design: words no rule knows.
  const team = [
    ...['rolldown', 'oxc', 'lexer', 'chunk', 'interop', 'segment'].map((word) => ({
      title: `api: ${word} hooks`,
      type: 'ARCHITECTURE' as const,
    })),
    ...['shebang', 'ids'].map((word) => ({ title: `cli: ${word} output`, type: 'BOILERPLATE' as const })),
  ]

  it('replaces the generic base rate of a form once the team has items of that form', () => {
    const title = 'build: importmap wasm'
    expect(suggestWorkType(title)?.alternatives[0].type).toBe('BOILERPLATE')
    const suggestion = suggestWithModel(trainWorkTypeModel(team), title)
    expect(suggestion?.alternatives[0].type).toBe('ARCHITECTURE')
    expect(suggestion?.reasons).toContain('Architecture: most of your team’s 8 items with a title of this form were labelled so.')
  })

  it('keeps the generic base rate for a form the team has no items of', () => {
    const suggestion = suggestWithModel(trainWorkTypeModel(team), 'update importmap wasm')
    expect(suggestion?.alternatives[0].type).toBe('BOILERPLATE')
  })
})
