import type { Metadata } from 'next'
import Link from 'next/link'
import { PlanDiffView } from '@/components/planner/plan-diff'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getSprintHeader } from '@/lib/db/planner/input'
import { getVersionPair, listPlanVersions } from '@/lib/db/planner/reads'
import { diffPlans } from '@/lib/planner/diff'
import { readOr404 } from '@/lib/server/read-or-404'

export const metadata: Metadata = { title: 'Compare plan versions' }

type Props = { params: Promise<{ sprintId: string }>; searchParams: Promise<{ a?: string; b?: string }> }

export default async function ComparePage({ params, searchParams }: Props) {
  const actor = await requirePageActor('plan:read')
  const { sprintId } = await params
  const sprint = await readOr404(() => getSprintHeader(actor.orgId, sprintId))
  const query = await searchParams
  const versions = await listPlanVersions(actor.orgId, sprint.id)
  const newest = versions[0]?.version ?? 0
  const b = Number(query.b) || newest
  const a = Number(query.a) || Math.max(1, b - 1)
  const pair = versions.length ? await getVersionPair(actor.orgId, sprint.id, a, b) : null
  const diff = pair ? diffPlans(pair.left, pair.right) : null
  return (
    <>
      <PageHeader
        title={`Compare plan versions · ${sprint.name}`}
        actions={
          <Link href={`/sprints/${sprint.id}/planner`} className="text-sm text-blue-700 underline dark:text-blue-300">
            Back to the planner
          </Link>
        }
      />
      <form className="mb-4 flex flex-wrap items-end gap-3 text-sm" method="get">
        {(['a', 'b'] as const).map((key) => (
          <div key={key}>
            <label htmlFor={`version-${key}`} className="block font-medium">
              {key === 'a' ? 'From version' : 'To version'}
            </label>
            <select
              id={`version-${key}`}
              name={key}
              defaultValue={key === 'a' ? a : b}
              className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
            >
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  Version {v.version}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white">
          Compare
        </button>
      </form>
      {!pair || !diff ? (
        <EmptyState title="Nothing to compare">Pick two saved versions of this sprint&apos;s plan.</EmptyState>
      ) : (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading" className="mb-2 text-lg font-semibold">
            Version {a} → version {b}
          </h2>
          {/* The stored "why" counts against the version the re-plan started from: beside any other pair it would contradict the diff. */}
          {pair.right.meta.why.length && pair.right.meta.basedOnVersion === a ? (
            <ul className="mb-3 list-disc pl-5 text-sm">
              {pair.right.meta.why.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          ) : null}
          <PlanDiffView diff={diff} titles={pair.titles} names={pair.names} labels={[`Version ${a}`, `Version ${b}`]} />
        </section>
      )}
    </>
  )
}
