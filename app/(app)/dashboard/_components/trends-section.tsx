import type { LineSeries } from '@/components/charts/line-chart'
import { LazyLineChart } from '@/components/charts/lazy-charts'
import { EmptyState } from '@/components/ui/page-header'
import { sharePct } from '@/lib/core/format'
import { TREND_SPRINTS } from '@/lib/metrics/trends'
import { roundHours } from '@/lib/metrics/types'
import type { TrendsView } from '@/lib/metrics/view-trends'
import { DashboardSection, Figure } from './section'

const HOURS: LineSeries[] = [
  { key: 'craftWork', label: 'Craft work (h)', color: '#7c3aed', marker: 'circle' },
  { key: 'craftCapacity', label: 'Craftspeople capacity (h)', color: '#7c3aed', dash: '6 4', marker: 'square' },
  { key: 'orchWork', label: 'Orchestration work (h)', color: '#2563eb', marker: 'triangle' },
  { key: 'orchCapacity', label: 'Orchestrator capacity (h)', color: '#2563eb', dash: '6 4', marker: 'diamond' },
]
const SHARES: LineSeries[] = [
  { key: 'deepWork', label: 'Craftspeople deep-work share (%)', color: '#7c3aed', marker: 'circle' },
  { key: 'preferred', label: 'Planned in preferred mode (%)', color: '#0f766e', dash: '6 4', marker: 'square' },
  { key: 'craftShare', label: 'Craft-mode share of work (%)', color: '#b45309', dash: '2 3', marker: 'triangle' },
  { key: 'delivery', label: 'Delivered on time (%)', color: '#1e293b', dash: '8 3 2 3', marker: 'diamond' },
]
const PULSE: LineSeries[] = [
  { key: 'deepWork', label: 'Time in deep-work blocks (%)', color: '#7c3aed', marker: 'circle' },
  { key: 'preferred', label: 'Time in preferred mode (%)', color: '#0f766e', dash: '6 4', marker: 'square' },
]

export function TrendsSection({ trends, threshold, tableRoute }: { trends: TrendsView; threshold: number; tableRoute: string }) {
  const points = trends.points
  const visiblePulse = trends.pulse.filter((p) => p.figure.visible)
  return (
    <DashboardSection
      id="trends"
      title="Trends"
      intro={`The last ${TREND_SPRINTS} sprints, oldest first. Profiles keep only each person's current type, so capacity by type uses today's types and the mode mix itself has no history.`}
    >
      {points.length === 0 ? (
        <EmptyState title="No sprints yet">Trends appear once a team has started its first sprint.</EmptyState>
      ) : (
        <>
          <Figure
            table={trends.table}
            tableRoute={tableRoute}
            chart={
              <div className="grid gap-6 lg:grid-cols-2">
                <LazyLineChart
                  label="Craft and orchestration work against capacity per sprint; the numbers are in the trends data table."
                  data={points.map((p) => ({
                    sprint: p.dates,
                    craftWork: roundHours(p.demand.craft),
                    craftCapacity: roundHours(p.capacity.craft),
                    orchWork: roundHours(p.demand.orchestration),
                    orchCapacity: roundHours(p.capacity.orchestration),
                  }))}
                  categoryKey="sprint"
                  series={HOURS}
                  unit=" h"
                />
                <LazyLineChart
                  label="Deep-work share, time planned in the preferred mode, craft share and on-time delivery per sprint; the numbers are in the trends data table."
                  data={points.map((p) => ({
                    sprint: p.dates,
                    deepWork: sharePct(p.craftDeepWorkShare),
                    preferred: sharePct(p.preferredShare),
                    craftShare: sharePct(p.craftWorkShare),
                    delivery: sharePct(p.deliveryRate),
                  }))}
                  categoryKey="sprint"
                  series={SHARES}
                  unit="%"
                  max={100}
                />
              </div>
            }
          />
          <div>
            <h3 className="text-sm font-semibold">Sprint pulse</h3>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              What people said at the end of their sprints, by the month they answered in. A month is shown once it has ended and never
              changes after, so comparing reads reveals nobody. Groups with fewer than {threshold} people are hidden, and so is any group
              whose figures would let a hidden one be worked out by subtraction. Comments stay private.
            </p>
          </div>
          <Figure
            table={trends.pulseTable}
            tableRoute={tableRoute}
            open
            chart={
              visiblePulse.length > 0 ? (
                <LazyLineChart
                  label="Pulse answers per month; the numbers are in the pulse data table."
                  data={trends.pulse.map(({ label, figure: f }) => ({
                    month: label,
                    deepWork: f.visible ? sharePct(f.deepWorkShare) : null,
                    preferred: f.visible ? sharePct(f.preferredModeShare) : null,
                  }))}
                  categoryKey="month"
                  series={PULSE}
                  unit="%"
                  max={100}
                />
              ) : null
            }
          />
        </>
      )}
    </DashboardSection>
  )
}
