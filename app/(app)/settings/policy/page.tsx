import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { getPolicy } from '@/lib/db/work-items/policy'
import { MODE_LABELS, WORK_TYPE_LABELS } from '@/lib/core/work-types'
import { PolicyForm } from './policy-form'

export const metadata: Metadata = { title: 'Work-type policy' }

// Managers and leads read the table while planning; only owners and admins ('policy:write') edit it.
export default async function PolicyPage() {
  const actor = await requirePageActor('plan:read')
  const rows = await getPolicy(actor.orgId)
  const canWrite = can(actor.role, 'policy:write')
  return (
    <>
      <PageHeader
        title="Work-type policy"
        description="The mode each type of work is best done in, and why. The planner uses it for every item without its own mode override."
      />
      {canWrite ? (
        <PolicyForm rows={rows} />
      ) : (
        <Table caption="Read-only: owners and admins edit this table." showCaption columns={['Work type', 'Recommended mode', 'Why']}>
          {rows.map((row) => (
            <tr key={row.workType} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-2 pr-4 font-medium">
                {WORK_TYPE_LABELS[row.workType]}
              </th>
              <td className="py-2 pr-4">{MODE_LABELS[row.mode]}</td>
              <td className="py-2 pr-4">{row.reason}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  )
}
