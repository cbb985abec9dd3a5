import { LazyBarChart } from '@/components/charts/lazy-charts'
import type { SeriesStyle } from '@/components/charts/patterns'
import { EmptyState } from '@/components/ui/page-header'
import { formatShare, sharePct } from '@/lib/core/format'
import { PREFERRED_SHARE_FLOOR, RISK_WINDOW } from '@/lib/metrics/risk'
import type { RiskView } from '@/lib/metrics/view-risk'
import { MODE_LABELS } from '@/lib/core/work-types'
import { DashboardSection, Figure } from './section'

const SERIES: SeriesStyle[] = [{ key: 'share', label: 'Planned in preferred mode (%)', color: '#0f766e', pattern: 'lines' }]
const FLOOR_PCT = Math.round(PREFERRED_SHARE_FLOOR * 100)

/** Longer lists are summed up in one line; the table and its CSV name everyone. */
const LIST_LIMIT = 20

function RiskList({ title, items, empty }: { title: string; items: string[]; empty: string }) {
  const shown = items.slice(0, LIST_LIMIT)
  return (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{empty}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {shown.map((text) => (
            <li key={text}>{text}</li>
          ))}
          {items.length > shown.length ? <li>…and {items.length - shown.length} more, listed in the CSV download.</li> : null}
        </ul>
      )}
    </div>
  )
}

export function RiskSection({ risk, tableRoute }: { risk: RiskView; tableRoute: string }) {
  const nothingPlanned =
    risk.talentLoss.length === 0 && risk.concentration.length === 0 && risk.atrophy.length === 0 && risk.unplannedTeams.length > 0
  return (
    <DashboardSection
      id="risk"
      title="Mismatch and risk"
      intro={`Read from the plans of the last ${RISK_WINDOW} planned sprints of each team.`}
    >
      {nothingPlanned ? (
        <EmptyState title="No plans yet">Risks are read from plans; publish a sprint plan to see them.</EmptyState>
      ) : (
        <>
          <RiskList
            title="Talent-loss risk: planned mostly outside their preferred mode"
            items={risk.talentLoss.map(
              (r) =>
                `${r.name} (${r.teamName}): only ${formatShare(r.preferredShare)} of their planned hours were ${MODE_LABELS[r.preferred].toLowerCase()} work, the mode they prefer.`,
            )}
            empty="Everyone was planned mostly in their preferred mode."
          />
          <RiskList
            title="Single point of failure: craft-critical work in one or two people"
            items={risk.concentration.flatMap((c) => (c.message ? [c.message] : []))}
            empty="Craft-critical work is spread over enough people."
          />
          <RiskList
            title="Skill atrophy: nobody does craft work any more"
            items={risk.atrophy.map((a) => a.message)}
            empty="Every team still does craft work."
          />
          {risk.unplannedTeams.length > 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">No plans to judge yet: {risk.unplannedTeams.join(', ')}.</p>
          ) : null}
          <Figure
            table={risk.preferredTable}
            tableRoute={tableRoute}
            chart={
              risk.preferred.length > 0 ? (
                <LazyBarChart
                  label={`Planned time in the preferred mode. ${risk.preferred.map((p) => `${p.label}: ${formatShare(p.preferredShare)}`).join('. ')}.`}
                  data={risk.preferred.map((p) => ({ who: p.label, share: sharePct(p.preferredShare) }))}
                  categoryKey="who"
                  series={SERIES}
                  horizontal
                  unit="%"
                  max={100}
                  reference={{ value: FLOOR_PCT, label: `Talent-loss line ${FLOOR_PCT}%` }}
                  height={Math.max(160, risk.preferred.length * 30 + 60)}
                />
              ) : null
            }
          />
          <Figure table={risk.table} tableRoute={tableRoute} />
        </>
      )}
    </DashboardSection>
  )
}
