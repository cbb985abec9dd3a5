import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { filterQuery, PAGE_SIZES, type WorkItemFilter } from '@/lib/work-items/filters'

export function Pagination({ filter, total }: { filter: WorkItemFilter; total: number }) {
  const pages = Math.max(1, Math.ceil(total / filter.size))
  const from = total === 0 ? 0 : (filter.page - 1) * filter.size + 1
  const to = Math.min(total, filter.page * filter.size)
  const link = (page: number, label: string, disabled: boolean) =>
    disabled ? (
      <span className={buttonClass('secondary', 'opacity-50')} aria-disabled="true">
        {label}
      </span>
    ) : (
      <Link href={`/work-items${filterQuery(filter, { page })}`} className={buttonClass('secondary')}>
        {label}
      </Link>
    )
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p>
        Showing {from.toLocaleString('en')}–{to.toLocaleString('en')} of {total.toLocaleString('en')} · page {filter.page} of{' '}
        {pages.toLocaleString('en')}
      </p>
      <div className="flex items-center gap-2">
        {link(filter.page - 1, '← Previous', filter.page <= 1)}
        {link(filter.page + 1, 'Next →', filter.page >= pages)}
        <span className="ml-2">Per page:</span>
        {PAGE_SIZES.map((size) =>
          size === filter.size ? (
            <span key={size} aria-current="true" className="font-semibold">
              {size}
            </span>
          ) : (
            <Link
              key={size}
              href={`/work-items${filterQuery(filter, { size, page: 1 })}`}
              className="text-blue-700 underline dark:text-blue-300"
            >
              {size}
            </Link>
          ),
        )}
      </div>
    </nav>
  )
}
