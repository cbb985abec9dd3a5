import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getCachedDashboard } from '@/lib/db/dashboards/dashboard'
import { readOr404 } from '@/lib/server/read-or-404'
import { DashboardBody } from '../../_components/dashboard-body'

export const metadata: Metadata = { title: 'Team dashboard' }

export default async function TeamDashboardPage({ params }: { params: Promise<{ teamId: string }> }) {
  const actor = await requirePageActor('dashboard:read')
  const { teamId } = await params
  const view = await readOr404(() => getCachedDashboard(actor.orgId, teamId))
  return (
    <>
      <PageHeader
        title={`Team balance · ${view.title}`}
        description="This team's working styles, current sprint, deep work, risks, trends and outcomes."
        actions={
          <Link
            href="/dashboard"
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Organisation dashboard
          </Link>
        }
      />
      <DashboardBody view={view} />
    </>
  )
}
