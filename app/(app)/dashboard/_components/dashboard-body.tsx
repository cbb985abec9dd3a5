import type { DashboardView } from '@/lib/metrics/view'
import { DeepWorkSection } from './deep-work-section'
import { MixSection } from './mix-section'
import { OutcomesSection } from './outcomes-section'
import { RiskSection } from './risk-section'
import { SupplySection } from './supply-section'
import { TrendsSection } from './trends-section'

/** Both dashboards share the sections; only the scope (and the CSV routes) differ. */
export function DashboardBody({ view }: { view: DashboardView }) {
  const csvBase = view.teamId ? `/api/dashboard/teams/${view.teamId}` : '/api/dashboard'
  return (
    <div className="space-y-6">
      <MixSection mix={view.mix} csvBase={csvBase} />
      <SupplySection supply={view.supply} csvBase={csvBase} />
      <DeepWorkSection deepWork={view.deepWork} scope={view.scope} csvBase={csvBase} />
      <RiskSection risk={view.risk} csvBase={csvBase} />
      <TrendsSection trends={view.trends} threshold={view.anonymityThreshold} csvBase={csvBase} />
      <OutcomesSection outcomes={view.outcomes} csvBase={csvBase} />
    </div>
  )
}
