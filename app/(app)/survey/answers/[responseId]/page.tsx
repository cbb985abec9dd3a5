import type { Metadata } from 'next'
import Link from 'next/link'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getOwnSurveyAnswers } from '@/lib/db/survey/responses'
import { formatDate, formatHours } from '@/lib/core/format'
import { surveySubmissionSchema } from '@/lib/schemas/survey'
import { LIKERT_LABELS, STATEMENTS } from '@/lib/survey/instrument'
import { readOr404 } from '@/lib/server/read-or-404'
import { MODE_LABELS, WORK_TYPE_LABELS, WORK_TYPES } from '@/lib/core/work-types'

export const metadata: Metadata = { title: 'Your survey answers' }

const PREFERENCE_TEXT = { enjoy: 'Enjoy', neutral: 'Neutral', avoid: 'Would rather avoid' } as const

export default async function SurveyAnswersPage({ params }: { params: Promise<{ responseId: string }> }) {
  const actor = await requirePageActor('self:use')
  const { responseId } = await params
  // Raw answers, for their author only: anyone else (a manager with the URL included) gets a 404.
  const response = await readOr404(() => getOwnSurveyAnswers(actor.orgId, actor.membershipId, responseId))
  const parsed = surveySubmissionSchema.safeParse(response.answers)
  const header = (
    <PageHeader
      title="Your survey answers"
      description={`Answered on ${formatDate(response.submittedAt ?? new Date())}. Only you can see this page.`}
    />
  )
  if (!parsed.success) {
    return (
      <>
        {header}
        <EmptyState title="Self-reported without details">
          You deleted your individual answers; the result is kept.{' '}
          <Link href="/survey/result" className="text-blue-700 underline dark:text-blue-300">
            Back to your result
          </Link>
        </EmptyState>
      </>
    )
  }
  const answers = parsed.data
  return (
    <div className="space-y-6">
      {header}
      <Card title="Statements">
        <dl className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
          {STATEMENTS.map((s) => (
            <div key={s.id} className="grid gap-1 py-2 sm:grid-cols-[1fr_auto] sm:gap-4">
              <dt>{s.text}</dt>
              <dd className="font-medium">{LIKERT_LABELS[answers.answers[s.id]]}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title="Work types and time">
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          {WORK_TYPES.map((type) => (
            <div key={type} className="flex justify-between gap-4 border-b border-slate-100 py-1 dark:border-slate-800">
              <dt>{WORK_TYPE_LABELS[type]}</dt>
              <dd className="font-medium">{PREFERENCE_TEXT[answers.workTypes[type]]}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm">
          Deep work per day: <strong>{formatHours(answers.deepWorkHoursPerDay)}</strong> · Sprint capacity:{' '}
          <strong>{formatHours(answers.capacityHours)}</strong> · Preferred mode:{' '}
          <strong>{answers.preferredMode ? MODE_LABELS[answers.preferredMode] : 'none given'}</strong>
        </p>
        {answers.note ? <p className="mt-2 text-sm">Your note: “{answers.note}”</p> : null}
      </Card>
      <Link href="/survey/result" className="text-sm text-blue-700 underline dark:text-blue-300">
        Back to your result
      </Link>
    </div>
  )
}
