import { ModeMixBars } from '@/components/charts/mode-mix-bars'
import { EmptyState } from '@/components/ui/page-header'
import { formatShare } from '@/lib/core/format'
import { HOMOGENEITY_THRESHOLD } from '@/lib/metrics/mode-mix'
import type { MixView } from '@/lib/metrics/view-mix'
import { DashboardSection, Figure, Warnings } from './section'

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
              <ModeMixBars
                label={`People per working type and team. ${mix.teams.map((r) => `${r.teamName}: ${r.mix.orchestration} orchestrators, ${r.mix.craft} craftspeople, ${r.mix.hybrid} hybrids`).join('. ')}.`}
                rows={mix.teams.map((r) => ({ name: r.teamName, counts: r.mix }))}
              />
            }
          />
        </>
      )}
    </DashboardSection>
  )
}
