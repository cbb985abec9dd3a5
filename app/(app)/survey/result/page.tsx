import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getOwnProfile } from '@/lib/db/survey/profiles'
import { listSurveyResults } from '@/lib/db/survey/responses'
import { formatDate } from '@/lib/core/format'
import type { StoredScores } from '@/lib/schemas/survey'
import { DeleteAnswersForm } from '../_components/delete-answers-form'
import { ProfileSummary } from '@/components/survey/profile-summary'
import { ResultHistory } from '../_components/result-history'

export const metadata: Metadata = { title: 'Your working-style result' }

const CONSISTENCY_TEXT = {
  consistent: 'Your answers hang together well, so this result is a solid picture of how you like to work.',
  mixed: 'Some answers pulled in different directions. That is normal, but treat the result as a rough guide.',
  inconsistent: 'Quite a few answers contradicted each other, so this result is uncertain. Retaking the survey on a calmer day may help.',
} as const

function WhyThisResult({ scores }: { scores: StoredScores }) {
  if (!scores.consistency || !scores.explanation) {
    return (
      <Card title="Why this result">
        <p className="text-sm">
          Self-reported without details: you deleted your individual answers, so the reasons behind this result are gone too. The result
          itself still helps planning.
        </p>
      </Card>
    )
  }
  return (
    <Card title="Why this result">
      <p className="text-sm">
        <strong>
          Consistency: {scores.consistency.score} out of 100 ({scores.consistency.level}).
        </strong>{' '}
        {CONSISTENCY_TEXT[scores.consistency.level]}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
        {scores.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Card>
  )
}

export default async function SurveyResultPage() {
  const actor = await requirePageActor('self:use')
  const [results, profile] = await Promise.all([
    listSurveyResults(actor.orgId, actor.membershipId),
    getOwnProfile(actor.orgId, actor.membershipId),
  ])
  const latest = results[0]
  if (!latest) {
    return (
      <>
        <PageHeader title="Your working-style result" />
        <EmptyState title="No result yet">
          <Link href="/survey" className="text-blue-700 underline dark:text-blue-300">
            Take the survey
          </Link>{' '}
          (about five minutes) and your result will appear here.
        </EmptyState>
      </>
    )
  }
  return (
    <div className="space-y-6">
      <PageHeader
        title="Your working-style result"
        description={`From your answers on ${formatDate(latest.submittedAt)}. This is the profile planning uses; your individual answers stay private to you.`}
        actions={
          <Link href="/survey" className={buttonClass('secondary')}>
            Retake the survey
          </Link>
        }
      />
      <ProfileSummary
        affinity={latest.scores.affinity}
        primaryType={latest.scores.primaryType}
        preferredMode={profile?.preferredMode ?? null}
        perspective="self"
      />
      <WhyThisResult scores={latest.scores} />
      <ResultHistory results={results} />
      <Card title="Your data">
        <p className="text-sm">
          Managers and leads see your computed profile, work preferences and capacity, which they need for planning. They never see your
          individual answers or notes.
        </p>
        <p className="mt-2 text-sm">
          <a href="/api/survey/export" className="font-medium text-blue-700 underline dark:text-blue-300">
            Download all your answers as JSON
          </a>
        </p>
        <div className="mt-3">
          {profile?.hasRawAnswers === false ? (
            <p className="text-sm">Your raw answers are deleted; your profile is self-reported without details.</p>
          ) : (
            <DeleteAnswersForm />
          )}
        </div>
      </Card>
    </div>
  )
}
