import { LazyBarChart } from '@/components/charts/lazy-charts'
import type { SeriesStyle } from '@/components/charts/patterns'
import { EmptyState } from '@/components/ui/page-header'
import { CRAFT_DEEP_WORK_TARGET, DEEP_WORK_FLAG_LABELS, PARALLEL_ITEMS_LIMIT } from '@/lib/metrics/deep-work'
import { formatShare, sharePct } from '@/lib/core/format'
import type { DeepWorkView } from '@/lib/metrics/view-deep-work'
import { DashboardSection, Figure } from './section'

const SERIES: SeriesStyle[] = [{ key: 'share', label: 'Planned deep-work share (%)', color: '#7c3aed', pattern: 'dots' }]
const TEAM_SERIES: SeriesStyle[] = [{ key: 'share', label: 'Craftspeople deep-work share (%)', color: '#7c3aed', pattern: 'dots' }]
const TARGET_LINE = { value: CRAFT_DEEP_WORK_TARGET * 100, label: `Craft target ${Math.round(CRAFT_DEEP_WORK_TARGET * 100)}%` }
/** The organisation page lists only the most urgent flagged people; team dashboards and the CSV have everyone. */
const ORG_LIST_LIMIT = 12

export function DeepWorkSection({ deepWork, scope, tableRoute }: { deepWork: DeepWorkView; scope: 'org' | 'team'; tableRoute: string }) {
  const shown = scope === 'team' ? deepWork.people : deepWork.people.filter((p) => p.flags.length > 0).slice(0, ORG_LIST_LIMIT)
  const shownNames = new Set(shown.map((p) => `${p.teamName}\u0000${p.name}`))
  const table =
    scope === 'team'
      ? deepWork.table
      : { ...deepWork.table, rows: deepWork.table.rows.filter((r) => shownNames.has(`${r.team}\u0000${r.person}`)) }
  return (
    <DashboardSection
      id="deep-work"
      title="Deep-work protection"
      intro={`Planned deep-work share = (capacity − orchestration hours) / capacity. Craftspeople should keep at least ${Math.round(CRAFT_DEEP_WORK_TARGET * 100)}%; more than ${PARALLEL_ITEMS_LIMIT} parallel items means heavy context switching.`}
    >
      <ul className="space-y-1 text-sm">
        {deepWork.focus.map((f) => (
          <li key={f.teamId}>
            <span className="font-medium">{f.teamName}:</span>{' '}
            {f.note ?? `${f.sprintName}, ${f.planStatus === 'PUBLISHED' ? 'published plan' : 'draft plan'}.`}
          </li>
        ))}
      </ul>
      {deepWork.people.length === 0 ? (
        <EmptyState title="No planned people yet">Once a sprint has a plan, each person&apos;s deep-work share appears here.</EmptyState>
      ) : (
        <>
          <p className="text-sm" data-testid="deep-work-summary">
            {deepWork.flagged === 0 ? 'Nobody is flagged.' : `${deepWork.flagged} of ${deepWork.people.length} people flagged.`}
            {scope === 'org' && deepWork.flagged > shown.length
              ? ` The ${shown.length} most urgent are listed below; each team's dashboard and the CSV have everyone.`
              : ''}
          </p>
          {shown.length > 0 ? (
            <ul className="space-y-1 text-sm">
              {shown
                .filter((p) => p.flags.length > 0)
                .map((p) => (
                  <li key={`${p.teamId}-${p.membershipId}`}>
                    <span className="font-medium">{p.name}</span> ({p.teamName}): {formatShare(p.share)} deep work
                    {p.target !== null ? ` against ${formatShare(p.target)}` : ''}, {p.items} items —{' '}
                    {p.flags.map((f) => DEEP_WORK_FLAG_LABELS[f]).join(', ')}.
                  </li>
                ))}
            </ul>
          ) : null}
          {scope === 'org' ? (
            <Figure
              table={deepWork.teamTable}
              tableRoute={tableRoute}
              chart={
                <LazyBarChart
                  label={`Craftspeople's planned deep-work share per team. ${deepWork.teams.map((t) => `${t.teamName}: ${formatShare(t.craftShare)}`).join('. ')}.`}
                  data={deepWork.teams.map((t) => ({ team: t.teamName, share: sharePct(t.craftShare) }))}
                  categoryKey="team"
                  series={TEAM_SERIES}
                  unit="%"
                  max={100}
                  reference={TARGET_LINE}
                  height={220}
                />
              }
            />
          ) : null}
          {scope === 'team' || shown.length > 0 ? (
            <Figure
              table={table}
              tableRoute={tableRoute}
              chart={
                <LazyBarChart
                  label={`Planned deep-work share per person. ${shown.map((p) => `${p.name}: ${formatShare(p.share)}${p.target !== null ? `, target ${formatShare(p.target)}` : ''}`).join('. ')}.`}
                  data={shown.map((p) => ({ person: scope === 'team' ? p.name : `${p.name} (${p.teamName})`, share: sharePct(p.share) }))}
                  categoryKey="person"
                  series={SERIES}
                  horizontal
                  unit="%"
                  max={100}
                  reference={TARGET_LINE}
                  height={Math.max(160, shown.length * 30 + 60)}
                />
              }
            />
          ) : null}
        </>
      )}
    </DashboardSection>
  )
}
