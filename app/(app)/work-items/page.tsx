import type { Metadata } from 'next'
import Link from 'next/link'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { can } from '@/lib/core/permissions'
import { listOpenSprints, resolveFilterPick } from '@/lib/db/work-items/filters'
import { listWorkItems } from '@/lib/db/work-items/list'
import { filterQuery, hasFilters, parseTypedPicks, parseWorkItemFilter } from '@/lib/work-items/filters'
import { FilterBar } from './_components/filter-bar'
import { Pagination } from './_components/pagination'
import { SortHeader } from './_components/sort-header'
import { WorkItemsTable } from './_components/work-items-table'

export const metadata: Metadata = { title: 'Work items' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function WorkItemsPage({ searchParams }: Props) {
  const actor = await requirePageActor('work-item:read')
  const params = await searchParams
  const parsed = parseWorkItemFilter(params)
  const typed = parseTypedPicks(params)
  const [assignee, sprint] = await Promise.all([
    resolveFilterPick(actor.orgId, 'assignee', parsed.assignee, typed.assignee),
    resolveFilterPick(actor.orgId, 'sprint', parsed.sprint, typed.sprint),
  ])
  // The filter as applied; links built from it carry ids, not what was typed.
  const filter = { ...parsed, assignee: assignee.value, sprint: sprint.value }
  const canWrite = can(actor.role, 'work-item:write')
  const [{ items, total }, openSprints] = await Promise.all([
    listWorkItems(actor.orgId, filter),
    // The targets of a bulk move, which only writers see.
    canWrite ? listOpenSprints(actor.orgId) : [],
  ])
  const exportQuery = filterQuery({ ...filter, page: 1 }).replace(/^\?/, '&')
  const header = (sort: Parameters<typeof SortHeader>[0]['sort'], label: string) => <SortHeader filter={filter} sort={sort} label={label} />
  const sortHeaders = {
    title: header('title', 'Title'),
    type: header('type', 'Type'),
    mode: 'Mode',
    priority: header('priority', 'Priority'),
    hours: header('hours', 'Hours'),
    status: header('status', 'Status'),
    sprint: 'Sprint',
    pinned: 'Pinned to',
  }

  return (
    <>
      <PageHeader
        title="Work items"
        description="Everything your teams could work on: the backlog and every sprint. Filter, sort, and select rows for bulk changes."
        actions={
          <>
            {canWrite ? (
              <Link href="/work-items/new" className={buttonClass('primary')}>
                New work item
              </Link>
            ) : null}
            {canWrite ? (
              <Link href="/work-items/import" className={buttonClass('secondary')}>
                Import CSV
              </Link>
            ) : null}
            <a href={`/api/export/work-items?format=csv${exportQuery}`} className={buttonClass('secondary')}>
              Export CSV
            </a>
            <a href={`/api/export/work-items?format=json${exportQuery}`} className={buttonClass('secondary')}>
              Export JSON
            </a>
          </>
        }
      />
      {params.deleted ? (
        <div className="mb-4">
          <Alert tone="success">The work item was deleted.</Alert>
        </div>
      ) : null}
      <FilterBar filter={filter} sprint={sprint} assignee={assignee} />
      {items.length === 0 ? (
        hasFilters(filter) ? (
          <EmptyState title="No work items match these filters">
            <Link href="/work-items" className="underline">
              Clear the filters
            </Link>{' '}
            to see everything.
          </EmptyState>
        ) : (
          <EmptyState title="No work items yet">
            {canWrite ? 'Create one, or import a CSV export from Jira or Linear.' : 'Managers add and import work items here.'}
          </EmptyState>
        )
      ) : (
        <WorkItemsTable
          items={items}
          canWrite={canWrite}
          sprints={openSprints}
          caption={`Work items, page ${filter.page}`}
          sortHeaders={sortHeaders}
        />
      )}
      {total > 0 ? <Pagination filter={filter} total={total} /> : null}
    </>
  )
}
