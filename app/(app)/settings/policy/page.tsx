import type { Metadata } from 'next'
import { Card, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { getBalanceCostShare } from '@/lib/db/planner/settings'
import { getPolicy } from '@/lib/db/work-items/policy'
import { MODE_LABELS, WORK_TYPE_LABELS } from '@/lib/core/work-types'
import { BalanceBudgetForm } from './balance-form'
import { PolicyForm } from './policy-form'

export const metadata: Metadata = { title: 'Work-type policy' }

// Managers and leads read the table while planning; only owners and admins ('policy:write') edit it.
export default async function PolicyPage() {
  const actor = await requirePageActor('plan:read')
  const [rows, balanceShare] = await Promise.all([getPolicy(actor.orgId), getBalanceCostShare(actor.orgId)])
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
      <Card title="Balance" className="mt-6 max-w-lg">
        <p className="mb-3 text-sm">
          After matching, the planner moves work off anyone above 85% load to someone whose mode fits and who has room, as long as that
          costs at most this share of the plan&apos;s objective.
        </p>
        {canWrite ? (
          <BalanceBudgetForm share={balanceShare} />
        ) : (
          <p className="text-sm">Balance may cost up to {Math.round(balanceShare * 10_000) / 100}% of the objective.</p>
        )}
      </Card>
    </>
  )
}
