import type { DashboardView } from '@/lib/metrics/view'
import { DeepWorkSection } from './deep-work-section'
import { MixSection } from './mix-section'
import { OutcomesSection } from './outcomes-section'
import { RiskSection } from './risk-section'
import { SupplySection } from './supply-section'
import { TrendsSection } from './trends-section'

/** Both dashboards share the sections; only the scope (and the CSV routes) differ. */
export function DashboardBody({ view }: { view: DashboardView }) {
  const tableRoute = view.teamId ? `/api/dashboard/teams/${view.teamId}` : '/api/dashboard'
  return (
    <div className="space-y-6">
      <MixSection mix={view.mix} tableRoute={tableRoute} />
      <SupplySection supply={view.supply} tableRoute={tableRoute} />
      <DeepWorkSection deepWork={view.deepWork} scope={view.scope} tableRoute={tableRoute} />
      <RiskSection risk={view.risk} tableRoute={tableRoute} />
      <TrendsSection trends={view.trends} threshold={view.anonymityThreshold} tableRoute={tableRoute} />
      <OutcomesSection outcomes={view.outcomes} tableRoute={tableRoute} />
    </div>
  )
}
