import type { BalanceReport } from '@/lib/matching'

// The plan summary's line about balance: what the balance pass moved, what it cost against the
// organisation's budget, and who it had to leave above the 85% load line and why.

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`
/** A share as a percentage with up to two decimals: 0.005 -> "0.5%", 0.00312 -> "0.31%". */
const percent = (share: number) => `${(Math.round(share * 10_000) / 100).toLocaleString('en-GB')}%`

export function balanceWords(report: BalanceReport): string {
  const budget = percent(report.budgetShare)
  const moved = report.moves.length
  const cost = report.cost > 0 ? `cost ${percent(report.costShare)} of the objective (budget ${budget})` : 'at no cost to the objective'
  if (report.aboveBefore.length === 0) return 'Balance: nobody above 85%.'
  const left = report.aboveAfter.length
  if (left === 0) return `Balance: moved ${plural(moved, 'item')} so nobody is above 85%; ${cost}.`
  if (report.budgetShare === 0) return `Balance is off (budget 0%): ${plural(left, 'person', 'people')} above 85%.`
  const why =
    report.stoppedBy === 'budget'
      ? `moving more would cost more than ${budget} of the objective`
      : 'nobody whose mode fits has room below 85%'
  const done = moved ? ` It moved ${plural(moved, 'item')}, ${cost}.` : ''
  return `Balance left ${plural(left, 'person', 'people')} above 85%: ${why}.${done}`
}
