import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import Link from 'next/link'
import { densityFrom } from '@/components/planner/density'
import { PlanSummary } from '@/components/planner/plan-summary'
import { FirstPlanButton } from '@/components/planner/plan-toolbar'
import { PlannerWorkspace } from '@/components/planner/workspace'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { getPlannerViewFor } from '@/lib/db/planner/reads'
import { formatDateRange } from '@/lib/core/format'
import { readOr404 } from '@/lib/server/read-or-404'
import {
  createPlanAction,
  explainCardAction,
  moveItemAction,
  previewWhatIfAction,
  publishPlanAction,
  replanAction,
  saveWhatIfAction,
  setLockAction,
  setPinAction,
} from './actions'
import { VersionList } from './_components/version-list'

export const metadata: Metadata = { title: 'Sprint planner' }

type Props = { params: Promise<{ sprintId: string }>; searchParams: Promise<{ version?: string }> }

export default async function PlannerPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('plan:read')
  const { sprintId } = await params
  const requested = Number((await searchParams).version)
  const version = Number.isInteger(requested) && requested > 0 ? requested : undefined
  const canWrite = can(actor.role, 'plan:write')
  const canPublish = can(actor.role, 'plan:publish')
  const { sprint, board, versions } = await readOr404(() => getPlannerViewFor(actor.orgId, actor.role, sprintId, version))
  const density = densityFrom(await cookies())
  return (
    // The board takes the screen's whole width (the app shell lifts its cap for this marker).
    <div data-page-width="wide">
      <PageHeader
        title={`Planner · ${sprint.name}`}
        description={`${sprint.teamName} · ${formatDateRange(sprint.startDate, sprint.endDate)}. Each card says why it sits where it does; moves are checked against the hard rules before they are saved.`}
        actions={
          <Link href={`/sprints/${sprint.id}`} className="text-sm text-blue-700 underline dark:text-blue-300">
            Back to the sprint
          </Link>
        }
      />
      {!board ? (
        <EmptyState title="No plan for this sprint yet">
          <p className="mb-3">
            Plan turns the sprint&apos;s items, the team&apos;s availability, profiles and your work-type policy into a recommended plan.
          </p>
          {canWrite ? <FirstPlanButton sprintId={sprint.id} create={createPlanAction} /> : <p>A manager has not planned it yet.</p>}
        </EmptyState>
      ) : (
        <>
          <PlanSummary meta={board.meta} version={board.version} />
          {/* No key: the workspace tells a board it caught up with from a new one itself, so a refresh after an edit keeps the user's place. */}
          <PlannerWorkspace
            board={board}
            density={density}
            canWrite={canWrite}
            canPublish={canPublish}
            actions={{
              move: moveItemAction,
              lock: setLockAction,
              pin: setPinAction,
              explain: explainCardAction,
              replan: replanAction,
              create: createPlanAction,
              publish: publishPlanAction,
              preview: previewWhatIfAction,
              saveWhatIf: saveWhatIfAction,
            }}
          />
          <VersionList sprintId={sprint.id} versions={versions} current={board.version} />
        </>
      )}
    </div>
  )
}
