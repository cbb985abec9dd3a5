import { describe, expect, it } from 'vitest'
import { filterQuery, hasFilters, parseWorkItemFilter, suggestQuerySchema } from '@/lib/work-items/filters'

describe('parseWorkItemFilter', () => {
  it('reads the URL filters, sort and page', () => {
    const f = parseWorkItemFilter({ q: ' oauth ', type: 'SECURITY_AUTH', mode: 'craft', status: 'TODO', sprint: 'backlog', sort: 'priority', dir: 'asc', page: '3', size: '100' })
    expect(f).toMatchObject({ q: 'oauth', type: 'SECURITY_AUTH', mode: 'craft', status: 'TODO', sprint: 'backlog', sort: 'priority', dir: 'asc', page: 3, size: 100 })
  })

  it('drops bad or empty values instead of failing', () => {
    const f = parseWorkItemFilter({ type: 'NOPE', mode: '', sort: 'drop table', page: '-2', size: '7', q: '   ', label: ['a', 'b'] })
    expect(f).toEqual({ q: undefined, type: undefined, mode: undefined, status: undefined, assignee: undefined, sprint: undefined, label: 'a', sort: 'created', dir: 'desc', page: 1, size: 50 })
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
