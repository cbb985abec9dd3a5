import type { DataTable } from '@/lib/metrics/table'

/**
 * A figure's data as a real table: caption, column headers with scope, numbers right-aligned.
 * Cell spacing is set once on the table, not repeated on every cell.
 */
export function DataTableView({ table, totalRows }: { table: DataTable; totalRows: number }) {
  const { rows } = table
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm [&_td]:py-1.5 [&_td]:pr-3 [&_th]:py-1.5 [&_th]:pr-3 [&_tr]:border-b [&_tr]:border-slate-100 dark:[&_tr]:border-slate-800">
        <caption className="mb-1 text-left text-xs text-slate-600 dark:text-slate-300">
          {table.caption}
          {rows.length < totalRows ? ` (first ${rows.length} of ${totalRows} rows; the CSV has all of them)` : ''}
        </caption>
        <thead className="[&_tr]:border-slate-200 dark:[&_tr]:border-slate-700">
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'text-right font-medium' : 'font-medium'}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length} className="text-slate-600 dark:text-slate-300">
                Nothing to list.
              </td>
            </tr>
          ) : null}
          {rows.map((row, i) => (
            <tr key={i}>
              {table.columns.map((c, j) => {
                const value = row[c.key]
                const text = value === null || value === undefined || value === '' ? '—' : String(value)
                return j === 0 ? (
                  <th key={c.key} scope="row" className="font-normal">
                    {text}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'text-right tabular-nums' : undefined}>
                    {text}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
