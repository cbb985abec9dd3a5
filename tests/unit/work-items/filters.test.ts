import { describe, expect, it } from 'vitest'
import { filterQuery, hasFilters, parseTypedPicks, parseWorkItemFilter, pickFromText, suggestQuerySchema } from '@/lib/work-items/filters'

describe('parseWorkItemFilter', () => {
  it('reads the URL filters, sort and page', () => {
    const f = parseWorkItemFilter({
      q: ' oauth ',
      type: 'SECURITY_AUTH',
      mode: 'craft',
      status: 'TODO',
      sprint: 'backlog',
      sort: 'priority',
      dir: 'asc',
      page: '3',
      size: '100',
    })
    expect(f).toMatchObject({
      q: 'oauth',
      type: 'SECURITY_AUTH',
      mode: 'craft',
      status: 'TODO',
      sprint: 'backlog',
      sort: 'priority',
      dir: 'asc',
      page: 3,
      size: 100,
    })
  })

  it('drops bad or empty values instead of failing', () => {
    const f = parseWorkItemFilter({ type: 'NOPE', mode: '', sort: 'drop table', page: '-2', size: '7', q: '   ', label: ['a', 'b'] })
    expect(f).toEqual({
      q: undefined,
      type: undefined,
      mode: undefined,
      status: undefined,
      assignee: undefined,
      sprint: undefined,
      label: 'a',
      sort: 'created',
      dir: 'desc',
      page: 1,
      size: 50,
    })
  })
})

describe('filterQuery', () => {
  it('leaves defaults out and applies changes', () => {
    const f = parseWorkItemFilter({ type: 'DOCUMENTATION', page: '2' })
    expect(filterQuery(f)).toBe('?type=DOCUMENTATION&page=2')
    expect(filterQuery(f, { page: 1 })).toBe('?type=DOCUMENTATION')
    expect(filterQuery(parseWorkItemFilter({}))).toBe('')
  })

  it('knows when a list is narrowed', () => {
    expect(hasFilters(parseWorkItemFilter({}))).toBe(false)
    expect(hasFilters(parseWorkItemFilter({ label: 'x' }))).toBe(true)
  })
})

describe('suggestQuerySchema', () => {
  it('reads the field and the trimmed text, which may be empty', () => {
    expect(suggestQuerySchema.parse({ field: 'assignee', q: '  ada ' })).toEqual({ field: 'assignee', q: 'ada' })
    expect(suggestQuerySchema.parse({ field: 'label' })).toEqual({ field: 'label', q: '' })
    expect(suggestQuerySchema.parse({ field: 'sprint', q: 'back' })).toEqual({ field: 'sprint', q: 'back' })
  })

  it('refuses other fields and overlong text', () => {
    expect(suggestQuerySchema.safeParse({ field: 'email', q: 'a' }).success).toBe(false)
    expect(suggestQuerySchema.safeParse({ field: 'label', q: 'x'.repeat(101) }).success).toBe(false)
  })
})

describe('parseTypedPicks', () => {
  it('reads the text of the assignee and sprint boxes, telling a cleared box from a link without one', () => {
    expect(parseTypedPicks({ assigneeText: ' Ada ', sprintText: '' })).toEqual({ assignee: 'Ada', sprint: '' })
    expect(parseTypedPicks({ assignee: 'm1', sprint: 'backlog' })).toEqual({})
    expect(parseTypedPicks({ assigneeText: ['Ada', 'Bo'], labelText: 'x' })).toEqual({ assignee: 'Ada' })
    expect(parseTypedPicks({ assigneeText: 'x'.repeat(101) })).toEqual({})
  })
})

describe('pickFromText', () => {
  const ada = { value: 'm1', label: 'Ada Okafor' }
  const adam = { value: 'm2', label: 'Adam Smith' }
  it('picks the match whose label the text is, in any case, else the only match', () => {
    expect(pickFromText('ada okafor', [adam, ada], 'member')).toEqual({ pick: ada })
    expect(pickFromText('okaf', [ada], 'member')).toEqual({ pick: ada })
  })
  it('says why nothing was picked: no match, or more than one', () => {
    expect(pickFromText('Zed', [], 'member')).toEqual({ problem: 'No member matches “Zed”.' })
    expect(pickFromText('Ada', [ada, adam], 'member')).toEqual({
      problem: '“Ada” matches more than one member: type more of the name, or pick one from the list.',
    })
    // Two people with the same name are not told apart by their name.
    expect(pickFromText('Ada Okafor', [ada, { ...ada, value: 'm3' }], 'member')).toHaveProperty('problem')
  })
})
