import { LazyBarChart } from '@/components/charts/lazy-charts'
import { MODE_STYLES } from '@/components/charts/patterns'
import { EmptyState } from '@/components/ui/page-header'
import { formatShare } from '@/lib/core/format'
import { HOMOGENEITY_THRESHOLD } from '@/lib/metrics/mode-mix'
import type { MixView } from '@/lib/metrics/view-mix'
import { MODES, MODE_LABELS } from '@/lib/core/work-types'
import { DashboardSection, Figure, Warnings } from './section'

const MIX_SERIES = MODES.map((m) => ({ key: m, label: MODE_LABELS[m], ...MODE_STYLES[m] }))

export function MixSection({ mix, tableRoute }: { mix: MixView; tableRoute: string }) {
  const t = mix.total
  return (
    <DashboardSection
      id="mode-mix"
      title="Mode mix"
      intro={`How many people work mainly as orchestrators, craftspeople or hybrids. A team with more than ${Math.round(HOMOGENEITY_THRESHOLD * 100)}% of one type is flagged: mixed teams cover more kinds of work.`}
    >
      {t.population === 0 ? (
        <EmptyState title="No engineers yet">Invite engineers and ask them to take the working-style survey.</EmptyState>
      ) : (
        <>
          <p className="text-sm" data-testid="mix-summary">
            {t.orchestration} orchestrators ({formatShare(t.shares.orchestration)}), {t.craft} craftspeople ({formatShare(t.shares.craft)})
            and {t.hybrid} hybrids ({formatShare(t.shares.hybrid)}). Survey coverage: {mix.coverage}
          </p>
          <Warnings items={mix.warnings} />
          <Figure
            table={mix.table}
            tableRoute={tableRoute}
            chart={
              <LazyBarChart
                label={`People per working type and team. ${mix.teams.map((r) => `${r.teamName}: ${r.mix.orchestration} orchestrators, ${r.mix.craft} craftspeople, ${r.mix.hybrid} hybrids`).join('. ')}.`}
                data={mix.teams.map((r) => ({
                  team: r.teamName,
                  orchestration: r.mix.orchestration,
                  craft: r.mix.craft,
                  hybrid: r.mix.hybrid,
                }))}
                categoryKey="team"
                series={MIX_SERIES}
                stacked
              />
            }
          />
        </>
      )}
    </DashboardSection>
  )
}
