import type { ReactNode } from 'react'
import { ScrollRegion } from './scroll-region'

/** A column heading: its text, or that text heard only by screen readers (a column of buttons), or a right-aligned number. */
type TableColumn = string | { readonly label: string; readonly hidden?: boolean; readonly numeric?: boolean }

/**
 * The list pages' table: a caption (for screen readers unless `showCaption`), one row of column
 * headings, and the rows the page renders as `children`, in a frame that scrolls sideways on a narrow
 * screen (named after the caption).
 */
export function Table({
  caption,
  showCaption = false,
  columns,
  children,
}: {
  caption: string
  showCaption?: boolean
  columns: readonly TableColumn[]
  children: ReactNode
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full text-left text-sm">
        <caption className={showCaption ? 'mb-2 text-left text-sm text-slate-600 dark:text-slate-300' : 'sr-only'}>{caption}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            {columns.map((column) => {
              const { label, hidden = false, numeric = false } = typeof column === 'string' ? { label: column } : column
              return (
                <th key={label} scope="col" className={numeric ? 'py-2 pr-4 text-right' : 'py-2 pr-4'}>
                  {hidden ? <span className="sr-only">{label}</span> : label}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  )
}
