import type { PlanDiff } from '@/lib/planner/types'
import { fmtHours, fmtPercent } from './mode-style'

type Props = { diff: PlanDiff; titles: Record<string, string>; names: Record<string, string>; labels: [string, string] }

const who = (names: Record<string, string>, id: string | null) => (id ? (names[id] ?? 'Former member') : 'Unassigned')

/** Moved items, the objective change and each engineer's balance between two plans. */
export function PlanDiffView({ diff, titles, names, labels }: Props) {
  const changed = diff.balance.filter((b) => b.plannedBefore !== b.plannedAfter || b.deepWorkBefore !== b.deepWorkAfter)
  return (
    <div className="space-y-4 text-sm" data-testid="plan-diff">
      <p className="font-semibold">{diff.text.headline}</p>
      {diff.moved.length ? (
        <table className="w-full text-left">
          <caption className="text-left font-semibold">Moved items</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-3">
                Item
              </th>
              <th scope="col" className="pr-3">
                {labels[0]}
              </th>
              <th scope="col">{labels[1]}</th>
            </tr>
          </thead>
          <tbody>
            {diff.moved.map((m) => (
              <tr key={m.itemId} className="border-t border-slate-200 dark:border-slate-800">
                <td className="pr-3">{titles[m.itemId] ?? 'Removed item'}</td>
                <td className="pr-3">{who(names, m.from)}</td>
                <td>{who(names, m.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <table className="w-full text-left">
        <caption className="text-left font-semibold">Balance changes</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-3">
              Engineer
            </th>
            <th scope="col" className="pr-3">
              Planned hours
            </th>
            <th scope="col">Deep work</th>
          </tr>
        </thead>
        <tbody>
          {changed.length === 0 ? (
            <tr>
              <td colSpan={3}>No engineer&apos;s balance changed.</td>
            </tr>
          ) : null}
          {changed.map((b) => (
            <tr key={b.engineerId} className="border-t border-slate-200 dark:border-slate-800">
              <td className="pr-3">{b.name}</td>
              <td className="pr-3">
                {fmtHours(b.plannedBefore)} → {fmtHours(b.plannedAfter)}
              </td>
              <td>
                {b.deepWorkBefore === null ? '—' : fmtPercent(b.deepWorkBefore)} →{' '}
                {b.deepWorkAfter === null ? 'not planned' : fmtPercent(b.deepWorkAfter)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
