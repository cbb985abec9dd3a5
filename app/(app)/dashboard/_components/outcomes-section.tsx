import { LazyBarChart } from '@/components/charts/lazy-charts'
import { MODE_STYLES, type SeriesStyle } from '@/components/charts/patterns'
import { EmptyState } from '@/components/ui/page-header'
import { formatShare, sharePct } from '@/lib/core/format'
import type { OutcomesView } from '@/lib/metrics/view-trends'
import { DashboardSection, Figure } from './section'

const SERIES: SeriesStyle[] = [{ key: 'delivery', label: 'Delivered on time (%)', ...MODE_STYLES.hybrid }]

export function OutcomesSection({ outcomes, tableRoute }: { outcomes: OutcomesView; tableRoute: string }) {
  return (
    <DashboardSection
      id="outcomes"
      title="Outcomes by mode"
      intro="Recorded when a sprint closes: delivered on time or slipped, rework hours and defects found later. Judge matches by these, not by how much AI was used."
    >
      {outcomes.total.items === 0 ? (
        <EmptyState title="No outcomes recorded yet">Outcomes are entered per item when a sprint is closed.</EmptyState>
      ) : (
        <>
          <p className="text-sm" data-testid="outcomes-summary">
            {outcomes.total.items} items with an outcome: {formatShare(outcomes.total.deliveryRate)} delivered on time. By mode:{' '}
            {outcomes.byMode
              .map((m) => `${m.label} ${formatShare(m.deliveryRate)} on time (${m.items} items, ${m.defects} defects)`)
              .join('; ')}
            .
          </p>
          <Figure
            table={outcomes.modeTable}
            tableRoute={tableRoute}
            chart={
              <LazyBarChart
                label={`On-time delivery by mode. ${outcomes.byMode.map((m) => `${m.label}: ${formatShare(m.deliveryRate)}`).join('. ')}.`}
                data={outcomes.byMode.map((m) => ({ mode: m.label, delivery: sharePct(m.deliveryRate) }))}
                categoryKey="mode"
                series={SERIES}
                unit="%"
                max={100}
                height={220}
              />
            }
          />
          <Figure table={outcomes.typeTable} tableRoute={tableRoute} />
        </>
      )}
    </DashboardSection>
  )
}
