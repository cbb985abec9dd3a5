import { expect, it } from 'vitest'
import { csvCell, csvRow } from '@/lib/planner/csv-cell'
import { planCsv } from '@/lib/planner/plan-csv'

it('escapes spreadsheet formulas and quotes per RFC 4180', () => {
  expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
  for (const start of ['+', '-', '@']) expect(csvCell(`${start}1`)).toBe(`'${start}1`)
  expect(csvCell('plain')).toBe('plain')
  expect(csvCell('a,b')).toBe('"a,b"')
  expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
  expect(csvCell(-3)).toBe('-3')
  expect(csvCell(null)).toBe('')
  expect(csvRow(['a', 1, true])).toBe('a,1,true')
})

it('writes one row per item with a header', () => {
  const csv = planCsv([
    { key: 'PLAT-1', title: '@evil', type: 'SECURITY_AUTH', hours: 5, priority: 4, mode: 'craft', engineer: 'Ada', fit: 0.9, locked: true, reasons: ['Best fit.'] },
    { key: null, title: 'Docs', type: 'DOCUMENTATION', hours: 2, priority: 1, mode: 'orchestration', engineer: null, fit: 0, locked: false, reasons: [] },
  ])
  const lines = csv.trimEnd().split('\r\n')
  expect(lines[0]).toBe('Key,Title,Type,Hours,Priority,Mode,Engineer,Fit,Locked,Why')
  expect(lines[1]).toBe("PLAT-1,'@evil,Security & auth,5,4,Deep craft,Ada,0.90,yes,Best fit.")
  expect(lines[2]).toBe(',Docs,Documentation,2,1,Orchestration,Unassigned,,no,')
})
