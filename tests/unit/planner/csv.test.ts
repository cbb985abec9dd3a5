import { expect, it } from 'vitest'
import { planCsv } from '@/lib/planner/plan-csv'

it('writes one row per item with a header, neutralising formulas in user text', () => {
  const csv = planCsv([
    { key: 'PLAT-1', title: '@evil', type: 'SECURITY_AUTH', hours: 5, priority: 4, mode: 'craft', engineer: 'Ada', fit: 0.9, locked: true, reasons: ['Best fit.'] },
    { key: null, title: '=HYPERLINK("x"), y', type: 'DOCUMENTATION', hours: 2, priority: 1, mode: 'orchestration', engineer: null, fit: 0, locked: false, reasons: [] },
  ])
  expect(csv.endsWith('\r\n')).toBe(true)
  const lines = csv.trimEnd().split('\r\n')
  expect(lines[0]).toBe('Key,Title,Type,Hours,Priority,Mode,Engineer,Fit,Locked,Why')
  expect(lines[1]).toBe("PLAT-1,'@evil,Security & auth,5,4,Deep craft,Ada,0.90,yes,Best fit.")
  expect(lines[2]).toBe(`,"'=HYPERLINK(""x""), y",Documentation,2,1,Orchestration,Unassigned,,no,`)
})
