import { Table } from '@/components/ui/table'
import type { FieldRow } from '@/lib/schemas/api/reference'

/** The fields of a parameter list, a request body or an answer, one row each. */
export function FieldTable({ caption, rows }: { caption: string; rows: readonly FieldRow[] }) {
  if (rows.length === 0) return null
  return (
    <Table caption={caption} showCaption columns={['Field', 'Type', 'Required', 'Rules']}>
      {rows.map((row) => (
        <tr key={row.name} className="border-b border-slate-100 align-top dark:border-slate-800">
          <th scope="row" className="py-1 pr-4 text-left font-mono text-xs font-normal">
            {row.name}
          </th>
          <td className="py-1 pr-4 text-xs">{row.type}</td>
          <td className="py-1 pr-4 text-xs">{row.required ? 'Required' : 'Optional'}</td>
          <td className="py-1 pr-4 text-xs">{row.rules}</td>
        </tr>
      ))}
    </Table>
  )
}
