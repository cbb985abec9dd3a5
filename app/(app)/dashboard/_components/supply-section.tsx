import { LazyBarChart } from '@/components/charts/lazy-charts'
import type { SeriesStyle } from '@/components/charts/patterns'
import { EmptyState } from '@/components/ui/page-header'
import type { SupplyView } from '@/lib/metrics/view-supply'
import { roundHours } from '@/lib/metrics/types'
import { MODES, MODE_LABELS } from '@/lib/core/work-types'
import { DashboardSection, Figure } from './section'

const SERIES: SeriesStyle[] = [
  { key: 'demand', label: 'Work planned for the mode (h)', color: '#b45309', pattern: 'solid' },
  { key: 'supply', label: 'Capacity of people of that type (h)', color: '#334155', pattern: 'crosshatch' },
]

export function SupplySection({ supply, tableRoute }: { supply: SupplyView; tableRoute: string }) {
  return (
    <DashboardSection
      id="supply-demand"
      title="Supply vs demand"
      intro="The current sprint's hours of work per recommended mode (an item's own mode, else the organisation's work-type policy) against the capacity of people whose primary type is that mode."
    >
      {supply.current.length === 0 ? (
        <EmptyState title="No active sprint">Start a sprint to compare its work with the team&apos;s capacity.</EmptyState>
      ) : (
        <>
          <ul className="space-y-2 text-sm">
            {supply.current.map((c) => (
              <li key={c.teamId}>
                <span className="font-medium">
                  {c.teamName} ({c.sprintName}):
                </span>{' '}
                {c.summary}
              </li>
            ))}
            {supply.total ? (
              <li>
                <span className="font-medium">All teams:</span> {supply.total.summary}
              </li>
            ) : null}
          </ul>
          {supply.idleTeams.length > 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">No active sprint: {supply.idleTeams.join(', ')}.</p>
          ) : null}
          <Figure
            table={supply.table}
            tableRoute={tableRoute}
            chart={(() => {
              const sd = supply.total ?? supply.current[0]
              return (
                <LazyBarChart
                  label={`Work against capacity per mode, current sprint${supply.total ? ', all teams' : ''}. ${MODES.map((m) => `${MODE_LABELS[m]}: ${roundHours(sd.demand[m])} hours of work, ${roundHours(sd.supply[m])} hours of capacity`).join('. ')}.`}
                  data={MODES.map((m) => ({ mode: MODE_LABELS[m], demand: roundHours(sd.demand[m]), supply: roundHours(sd.supply[m]) }))}
                  categoryKey="mode"
                  series={SERIES}
                  unit=" h"
                />
              )
            })()}
          />
        </>
      )}
    </DashboardSection>
  )
}
