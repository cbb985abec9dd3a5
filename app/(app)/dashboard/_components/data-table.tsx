import type { DataTable } from '@/lib/metrics/table'

/** A figure's data as a real table: caption, column headers with scope, numbers right-aligned. */
export function DataTableView({ table }: { table: DataTable }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-xs text-slate-600 dark:text-slate-300">{table.caption}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={`py-1.5 pr-3 font-medium ${c.numeric ? 'text-right' : ''}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className="border-b border-slate-100 dark:border-slate-800">
              {table.columns.map((c, j) => {
                const value = row[c.key]
                const text = value === null || value === undefined || value === '' ? '—' : String(value)
                return j === 0 ? (
                  <th key={c.key} scope="row" className="py-1.5 pr-3 font-normal">
                    {text}
                  </th>
                ) : (
                  <td key={c.key} className={`py-1.5 pr-3 ${c.numeric ? 'text-right tabular-nums' : ''}`}>
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
