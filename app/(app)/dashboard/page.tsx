import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { getCachedDashboard } from '@/lib/db/dashboards/dashboard'
import { DashboardBody } from './_components/dashboard-body'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function DashboardPage() {
  const actor = await requirePageActor('dashboard:read')
  const view = await getCachedDashboard(actor.orgId, null)
  return (
    <>
      <PageHeader
        title={`Team balance · ${view.title}`}
        description="Whether teams are balanced across working styles, and whether work is matched to the people doing it, judged by outcomes."
      />
      {view.teams.length > 0 ? (
        <nav aria-label="Team dashboards" className="mb-6">
          <ul className="flex flex-wrap gap-2 text-sm">
            {view.teams.map((t) => (
              <li key={t.id}>
                <Link
                  href={`/dashboard/teams/${t.id}`}
                  className="block rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                >
                  {t.name} dashboard
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <DashboardBody view={view} />
    </>
  )
}
