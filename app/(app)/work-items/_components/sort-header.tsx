import Link from 'next/link'
import { filterQuery, type SortKey, type WorkItemFilter } from '@/lib/work-items/filters'

/** A column title that sorts by it; a second click flips the direction. The arrow has a text twin. */
export function SortHeader({ filter, sort, label }: { filter: WorkItemFilter; sort: SortKey; label: string }) {
  const current = filter.sort === sort
  const dir = current && filter.dir === 'asc' ? 'desc' : 'asc'
  const state = current ? (filter.dir === 'asc' ? 'ascending' : 'descending') : undefined
  return (
    <Link
      href={`/work-items${filterQuery(filter, { sort, dir, page: 1 })}`}
      className="underline-offset-2 hover:underline"
      aria-label={state ? `${label}, sorted ${state}` : `Sort by ${label}`}
    >
      {label}
      {current ? <span aria-hidden="true"> {filter.dir === 'asc' ? '▲' : '▼'}</span> : null}
    </Link>
  )
}
