import { MODE_LABELS } from '../core/work-types'
import { sharePct } from '../core/format'
import { coverageNote, homogeneityWarning, summariseMix, type ModeMix, type ModeMixData } from './mode-mix'
import type { DataTable } from './table'

export interface MixView {
  total: ModeMix
  teams: { teamId: string; teamName: string; mix: ModeMix; warning: string | null }[]
  coverage: string
  warnings: string[]
  table: DataTable
}

export function buildMixView(data: ModeMixData, title: string, scope: 'org' | 'team'): MixView {
  const total = summariseMix(data.total)
  const teams = data.teams.map((t) => {
    const mix = summariseMix(t)
    return { teamId: t.teamId, teamName: t.teamName, mix, warning: homogeneityWarning(t.teamName, mix) }
  })
  const warnings = teams.flatMap((t) => (t.warning ? [t.warning] : []))
  const rows = [
    ...teams.map((t) => ({ name: t.teamName, mix: t.mix })),
    ...(scope === 'org' ? [{ name: `${title} (everyone)`, mix: total }] : []),
  ]
  return {
    total,
    teams,
    coverage: coverageNote(total),
    warnings,
    table: {
      id: 'mode-mix',
      caption: 'Working types per team, with survey coverage',
      columns: [
        { key: 'group', label: 'Team' },
        { key: 'orchestration', label: 'Orchestrators', numeric: true },
        { key: 'craft', label: 'Craftspeople', numeric: true },
        { key: 'hybrid', label: 'Hybrids', numeric: true },
        { key: 'missing', label: 'Missing profiles', numeric: true },
        { key: 'outdated', label: 'Out-of-date profiles', numeric: true },
        { key: 'dominant', label: 'Largest type' },
        { key: 'dominantPct', label: 'Largest type share (%)', numeric: true },
        { key: 'homogeneous', label: 'Homogeneous (> 70% one type)' },
      ],
      rows: rows.map(({ name, mix }) => ({
        group: name,
        orchestration: mix.orchestration,
        craft: mix.craft,
        hybrid: mix.hybrid,
        missing: mix.missing,
        outdated: mix.outdated,
        dominant: mix.dominant ? MODE_LABELS[mix.dominant.mode] : null,
        dominantPct: sharePct(mix.dominant?.share ?? null),
        homogeneous: mix.homogeneous ? 'Yes' : 'No',
      })),
    },
  }
}
