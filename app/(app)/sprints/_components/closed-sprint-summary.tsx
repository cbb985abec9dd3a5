import Link from 'next/link'
import { formatHoursPlain } from '@/lib/core/format'
import type { MovedGroup } from '@/lib/db/sprints/close'

type Item = { hours: number; outcome: { delivery: 'ON_TIME' | 'SLIPPED' } | null }

/**
 * What a closed sprint delivered and where the rest went at its close. `moved` is null for sprints
 * closed before the close kept that record; their sentence about moved items is then left out.
 */
export function ClosedSprintSummary({ items, moved }: { items: Item[]; moved: MovedGroup[] | null }) {
  const delivered = items.filter((i) => i.outcome)
  const onTime = delivered.filter((i) => i.outcome?.delivery === 'ON_TIME').length
  const hours = delivered.reduce((sum, i) => sum + i.hours, 0)
  const movedCount = moved?.reduce((sum, g) => sum + g.items, 0) ?? 0
  return (
    <p className="mb-4 text-sm">
      Closed with {delivered.length} {delivered.length === 1 ? 'item' : 'items'} delivered ({onTime} on time, {delivered.length - onTime}{' '}
      late), {formatHoursPlain(hours)}.
      {moved === null ? null : movedCount === 0 ? (
        ' Nothing was left undelivered.'
      ) : (
        <>
          {' '}
          {movedCount} not delivered {movedCount === 1 ? 'item' : 'items'} moved on:{' '}
          {moved.map((g, i) => (
            <span key={g.sprintId ?? 'backlog'}>
              {i > 0 ? ', ' : null}
              {g.items} to{' '}
              {g.sprintId ? (
                <Link href={`/sprints/${g.sprintId}`} className="text-blue-700 underline dark:text-blue-300">
                  {g.sprintName ?? 'another sprint'}
                </Link>
              ) : (
                'the backlog'
              )}
            </span>
          ))}
          .
        </>
      )}
    </p>
  )
}
