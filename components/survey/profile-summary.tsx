import { AffinityChart } from '@/components/charts/affinity-chart'
import { Card } from '@/components/ui/page-header'
import { PROFILE_TEXT } from '@/lib/survey/profile-text'
import { MODE_LABELS, MODES, type Mode } from '@/lib/core/work-types'

type Props = {
  affinity: Record<Mode, number>
  primaryType: Mode
  preferredMode: Mode | null
  /** 'self' speaks to the engineer; 'member' is the same profile as a manager or lead sees it. */
  perspective: 'self' | 'member'
  name?: string
}

/** The computed profile: affinities as a chart and a table, and what the primary type means. */
export function ProfileSummary({ affinity, primaryType, preferredMode, perspective, name }: Props) {
  const text = PROFILE_TEXT[primaryType]
  const whose = perspective === 'self' ? 'Your' : `${name ?? 'Their'}’s`
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={`${whose} working style: ${text.title}`}>
        <AffinityChart data={MODES.map((mode) => ({ label: MODE_LABELS[mode], value: affinity[mode] }))} />
        <table className="mt-3 w-full text-left text-sm">
          <caption className="mb-1 text-left text-slate-600 dark:text-slate-300">Affinity for each way of working, out of 100</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-1 pr-4">
                Way of working
              </th>
              <th scope="col" className="py-1 text-right">
                Affinity
              </th>
            </tr>
          </thead>
          <tbody>
            {MODES.map((mode) => (
              <tr key={mode} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {MODE_LABELS[mode]}
                  {mode === primaryType ? (
                    <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs font-semibold dark:bg-slate-800">primary</span>
                  ) : null}
                </th>
                <td className="py-1 text-right tabular-nums">{affinity[mode]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-sm">
          {perspective === 'self' ? 'The way of working you said you prefer' : 'Their own stated preference'}:{' '}
          <strong>{preferredMode ? MODE_LABELS[preferredMode] : 'none given'}</strong>
          {preferredMode && preferredMode !== primaryType ? ' (planning shows it beside the survey’s result)' : ''}
        </p>
      </Card>
      <Card title={`What “${text.title}” means`}>
        <p className="text-sm">{text.summary}</p>
        <h3 className="mt-4 text-sm font-semibold">Work that tends to fit</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {text.fits.map((fit) => (
            <li key={fit}>{fit}</li>
          ))}
        </ul>
        <h3 className="mt-4 text-sm font-semibold">Things to keep an eye on</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {text.risks.map((risk) => (
            <li key={risk}>{risk}</li>
          ))}
        </ul>
      </Card>
    </div>
  )
}
