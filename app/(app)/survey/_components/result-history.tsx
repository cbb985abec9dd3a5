import Link from 'next/link'
import { AffinityHistoryChart } from '@/components/charts/affinity-history-chart'
import { Card } from '@/components/ui/page-header'
import { ScrollRegion } from '@/components/ui/scroll-region'
import type { SurveyResultDTO } from '@/lib/db/survey/responses'
import { formatDate } from '@/lib/core/format'
import { PROFILE_TEXT } from '@/lib/survey/profile-text'

/** Every submitted result, newest first in the table and oldest first in the chart. */
export function ResultHistory({ results }: { results: SurveyResultDTO[] }) {
  const points = [...results].reverse().map((r) => ({ date: formatDate(r.submittedAt), ...r.scores.affinity }))
  return (
    <Card title="How your profile has changed">
      {results.length > 1 ? (
        <AffinityHistoryChart data={points} />
      ) : (
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
          This is your first result. Retake the survey any time and the change will show here.
        </p>
      )}
      <ScrollRegion label="Your survey results over time">
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Your survey results over time, newest first</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-1 pr-4">
                Answered
              </th>
              <th scope="col" className="py-1 pr-4">
                Type
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                Orchestration
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                Deep craft
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                Hybrid
              </th>
              <th scope="col" className="py-1">
                Your answers
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map((r, index) => (
              <tr key={r.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-1 pr-4">
                  {formatDate(r.submittedAt)}
                  {index === 0 ? ' (current)' : ''}
                </td>
                <td className="py-1 pr-4">{PROFILE_TEXT[r.scores.primaryType].title}</td>
                <td className="py-1 pr-4 text-right tabular-nums">{r.scores.affinity.orchestration}</td>
                <td className="py-1 pr-4 text-right tabular-nums">{r.scores.affinity.craft}</td>
                <td className="py-1 pr-4 text-right tabular-nums">{r.scores.affinity.hybrid}</td>
                <td className="py-1">
                  {r.hasDetails ? (
                    <Link href={`/survey/answers/${r.id}`} className="text-blue-700 underline dark:text-blue-300">
                      View<span className="sr-only"> your answers from {formatDate(r.submittedAt)}</span>
                    </Link>
                  ) : (
                    'Deleted'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  )
}
