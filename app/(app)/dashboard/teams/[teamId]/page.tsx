import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getCachedDashboard } from '@/lib/db/dashboard'
import { AppError } from '@/lib/server/app-error'
import { DashboardBody } from '../../_components/dashboard-body'

export const metadata: Metadata = { title: 'Team dashboard' }

export default async function TeamDashboardPage({ params }: { params: Promise<{ teamId: string }> }) {
  const actor = await requirePageActor('dashboard:read')
  const { teamId } = await params
  const view = await getCachedDashboard(actor.orgId, teamId).catch((error: unknown) => {
    // Unknown ids and other organisations' teams look the same: a 404.
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound()
    throw error
  })
  return (
    <>
      <PageHeader
        title={`Team balance · ${view.title}`}
        description="This team's working styles, current sprint, deep work, risks, trends and outcomes."
        actions={
          <Link href="/dashboard" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            Organisation dashboard
          </Link>
        }
      />
      <DashboardBody view={view} />
    </>
  )
}
