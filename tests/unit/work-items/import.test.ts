import { describe, expect, it } from 'vitest'
import type { ImportOptions } from '@/lib/schemas/import'
import { toCsv } from '@/lib/csv'
import { detectMapping } from '@/lib/work-items/import-mapping'
import {
  convertRecords,
  parseLabels,
  parsePriority,
  parseStatus,
  parseWorkType,
  prepareImport,
  suggestTypes,
} from '@/lib/work-items/import'

const points: ImportOptions = { estimateUnit: 'points', pointsToHours: 4, hoursPerDay: 8, defaultHours: null }
const hours: ImportOptions = { estimateUnit: 'hours', pointsToHours: 4, hoursPerDay: 8, defaultHours: null }

describe('detectMapping', () => {
  it('recognises a Jira export, with repeated Labels columns', () => {
    const header = ['Summary', 'Issue key', 'Issue Type', 'Priority', 'Story Points', 'Labels', 'Labels', 'Description']
    expect(detectMapping(header)).toEqual({
      format: 'jira',
      estimateUnit: 'points',
      mapping: { title: 0, key: 1, type: 2, estimate: 4, priority: 3, labels: [5, 6], description: 7, status: null },
    })
  })

  it('recognises a Linear export', () => {
    const d = detectMapping(['ID', 'Title', 'Description', 'Status', 'Estimate', 'Priority', 'Labels'])
    expect(d.format).toBe('linear')
    expect(d.estimateUnit).toBe('points')
    expect(d.mapping).toEqual({ title: 1, key: 0, type: null, estimate: 4, priority: 5, labels: [6], description: 2, status: 3 })
  })

  it('recognises a generic file in any case, estimates in hours', () => {
    const d = detectMapping(['Title', 'Type', 'Estimate', 'Priority', 'Labels', 'Key'])
    expect(d).toEqual({
      format: 'generic',
      estimateUnit: 'hours',
      mapping: { title: 0, key: 5, type: 1, estimate: 2, priority: 3, labels: [4], description: null, status: null },
    })
  })
})

describe('value parsers', () => {
  it('reads work types by name or label', () => {
    expect(parseWorkType('SECURITY_AUTH')).toBe('SECURITY_AUTH')
    expect(parseWorkType('Security & auth')).toBe('SECURITY_AUTH')
    expect(parseWorkType('performance-critical')).toBe('PERFORMANCE_CRITICAL')
    expect(parseWorkType('Story')).toBeNull()
  })

  it('reads Jira and Linear priorities and 1-4', () => {
    expect([
      parsePriority('Highest'),
      parsePriority('Urgent'),
      parsePriority('High'),
      parsePriority('Medium'),
      parsePriority('Low'),
      parsePriority('No priority'),
    ]).toEqual([4, 4, 3, 2, 1, 2])
    expect(parsePriority('3')).toBe(3)
    expect(parsePriority('')).toBe(2)
    expect(parsePriority('9')).toBeNull()
  })

  it('reads statuses and labels', () => {
    expect([parseStatus('Done'), parseStatus('In Progress'), parseStatus('Backlog'), parseStatus('')]).toEqual([
      'DONE',
      'IN_PROGRESS',
      'TODO',
      'TODO',
    ])
    expect(parseLabels(['api; backend', 'api', '', 'ui|web'])).toEqual(['api', 'backend', 'ui', 'web'])
  })
})

describe('convertRecords', () => {
  const { mapping } = detectMapping(['Summary', 'Issue key', 'Issue Type', 'Priority', 'Story Points', 'Labels', 'Description'])

  it('converts points to hours and suggests a type when the file has none usable', () => {
    const { rows, errors } = convertRecords([['Fix OAuth login redirect loop', 'PLAT-1', 'Bug', 'High', '2', 'auth', '']], mapping, points)
    expect(errors).toEqual([])
    expect(rows[0]).toMatchObject({
      row: 2,
      title: 'Fix OAuth login redirect loop',
      externalKey: 'PLAT-1',
      type: 'SECURITY_AUTH',
      typeSource: 'suggested',
      hours: 8,
      priority: 3,
      labels: ['auth'],
    })
    expect(rows[0].typeReason).toContain('OAuth')
  })

  it('lets the manager override a type by row number', () => {
    const { rows } = convertRecords([['Fix OAuth login redirect loop', 'PLAT-1', 'Bug', 'High', '2', '', '']], mapping, points, {
      overrides: { '2': 'ARCHITECTURE' },
    })
    expect(rows[0]).toMatchObject({ type: 'ARCHITECTURE', typeSource: 'chosen' })
  })

  it('takes a suggestion the preview already made instead of classifying again', () => {
    const { rows } = convertRecords([['Zzz qqq', 'PLAT-2', 'Story', '', '1', '', '']], mapping, points, {
      suggested: { '2': 'NOVEL_PROBLEM' },
    })
    expect(rows[0]).toMatchObject({ type: 'NOVEL_PROBLEM', typeSource: 'suggested' })
  })

  it('reports every bad row by number with all its reasons', () => {
    const records = [
      ['Write the runbook for deploys', 'A-1', 'DOCUMENTATION', 'Low', '1', '', ''],
      ['', 'A-2', 'DOCUMENTATION', 'Low', '1', '', ''],
      ['Update the README', 'A-3', 'DOCUMENTATION', 'Whenever', 'lots', '', ''],
      ['Document the API', 'A-1', 'DOCUMENTATION', 'Low', '-1', '', ''],
      ['Zzz qqq', 'A-5', 'Story', 'Low', '1', '', ''],
    ]
    const { rows, errors } = convertRecords(records, mapping, points)
    expect(rows.map((r) => r.row)).toEqual([2])
    expect(errors).toEqual([
      { row: 3, message: 'Row 3: the title is empty.', needsType: false },
      {
        row: 4,
        message: 'Row 4: the priority “Whenever” is not 1–4 or a name like High; the estimate “lots” is not a number.',
        needsType: false,
      },
      { row: 5, message: 'Row 5: the estimate must be more than 0.', needsType: false },
      { row: 6, message: 'Row 6: no usable work type (“Story”) and none could be suggested; pick one in the preview.', needsType: true },
    ])
  })

  it('reports a key used twice in one file', () => {
    const records = [
      ['Update the README', 'K-1', 'DOCUMENTATION', '', '1', '', ''],
      ['Update the changelog', 'K-1', 'DOCUMENTATION', '', '1', '', ''],
    ]
    expect(convertRecords(records, mapping, points).errors).toEqual([
      { row: 3, message: 'Row 3: the key “K-1” is also on row 2; keys must be unique.', needsType: false },
    ])
  })

  it('a type picked in the preview resolves a row that had none, and that row only', () => {
    const records = [
      ['Zzz qqq', 'A-1', 'Story', 'Low', '1', '', ''],
      ['', 'A-2', 'Story', 'Low', '1', '', ''],
    ]
    expect(convertRecords(records, mapping, points).errors.map((e) => [e.row, e.needsType])).toEqual([
      [2, true],
      [3, false],
    ])
    const picked = convertRecords(records, mapping, points, { overrides: { '2': 'DOCUMENTATION' } })
    expect(picked.rows).toMatchObject([{ row: 2, type: 'DOCUMENTATION', typeSource: 'chosen' }])
    expect(picked.errors.map((e) => e.row)).toEqual([3])
  })

  it('uses default hours for a blank estimate only when asked', () => {
    const record = [['Update the README', '', 'DOCUMENTATION', '', '', '', '']]
    expect(convertRecords(record, mapping, hours).errors[0].message).toContain('the estimate is empty')
    expect(convertRecords(record, mapping, { ...hours, defaultHours: 3 }).rows[0].hours).toBe(3)
  })
})

describe('prepareImport', () => {
  it('parses, detects and converts a generic file', () => {
    const csv = toCsv([
      ['title', 'type', 'estimate', 'priority', 'labels', 'key'],
      ['Scaffold CRUD pages for vendors', 'CRUD_SCAFFOLDING', '5', '2', 'a,b', 'G-1'],
    ])
    const prepared = prepareImport(csv, null, hours)
    expect(prepared.format).toBe('generic')
    expect(prepared.errors).toEqual([])
    expect(prepared.rows[0]).toMatchObject({
      type: 'CRUD_SCAFFOLDING',
      typeSource: 'file',
      hours: 5,
      labels: ['a', 'b'],
      externalKey: 'G-1',
    })
  })

  it("converts Jira's Original Estimate from seconds when the unit says so", () => {
    const csv = toCsv([
      ['Issue key', 'Summary', 'Issue Type', 'Original Estimate'],
      ['J-1', 'Update the README', 'DOCUMENTATION', '28800'],
      ['J-2', 'Write the runbook', 'DOCUMENTATION', '5400'],
    ])
    expect(detectMapping(['Issue key', 'Summary', 'Issue Type', 'Original Estimate']).mapping.estimate).toBe(3)
    expect(prepareImport(csv, null, { ...hours, estimateUnit: 'seconds' }).rows.map((r) => r.hours)).toEqual([8, 1.5])
    expect(prepareImport(csv, null, hours).errors.map((e) => e.message)).toEqual([
      'Row 2: the estimate is more than 1,000 hours.',
      'Row 3: the estimate is more than 1,000 hours.',
    ])
    expect(prepareImport(csv, null, { ...hours, estimateUnit: 'days', hoursPerDay: 0.001 }).rows.map((r) => r.hours)).toEqual([28.8, 5.4])
  })

  it('reports an unclosed quote by its line and still reports the other rows', () => {
    const csv =
      'title,type,hours\nUpdate the README,DOCUMENTATION,2\n"Broken title,DOCUMENTATION,2\n,DOCUMENTATION,3\nWrite docs,DOCUMENTATION,x\n'
    const prepared = prepareImport(csv, null, hours)
    expect(prepared.errors.map((e) => e.message)).toEqual([
      'Row 3 (line 3): a quoted field is never closed; add its closing quote (") or double a quote meant as text ("").',
      'Row 4: the title is empty.',
      'Row 5: the estimate “x” is not a number.',
    ])
    expect(prepared.rows.map((r) => r.row)).toEqual([2])
  })

  it('refuses a file whose header row cannot be read', () => {
    expect(() => prepareImport('"title,hours\nx,1\n', null, hours)).toThrow(
      /^Row 1 \(line 1\): a quoted field is never closed.*The header row must be readable/,
    )
  })

  it('asks for a title column when none is mapped', () => {
    expect(prepareImport('foo,bar\n1,2', null, hours).errors[0].message).toMatch(/no column is mapped to the title/)
  })
})

describe('suggestTypes', () => {
  it('suggests only for rows without a usable type, keyed by row number', () => {
    const { mapping } = detectMapping(['Summary', 'Issue key', 'Issue Type'])
    const suggestions = suggestTypes(
      [
        ['Fix OAuth login redirect loop', 'A', 'Bug'],
        ['Update the README', 'B', 'DOCUMENTATION'],
        ['Zzz', 'C', 'Story'],
      ],
      mapping,
    )
    expect([...suggestions.keys()]).toEqual(['2'])
    expect(suggestions.get('2')).toMatchObject({ type: 'SECURITY_AUTH', reason: expect.stringContaining('OAuth') })
  })
})
