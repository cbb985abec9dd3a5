import type { Metadata } from 'next'
import Link from 'next/link'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { AUDIT_PAGE_SIZE, listAuditActions, listAuditEvents } from '@/lib/db/accounts/audit'
import { listMembers } from '@/lib/db/accounts/memberships'
import { auditFilterSchema } from '@/lib/schemas/org'
import { SettingsNav } from '../_components/settings-nav'
import { AuditFilter } from './audit-filter'

export const metadata: Metadata = { title: 'Audit log' }

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('audit:read')
  const filter = auditFilterSchema.parse(await searchParams)
  const [{ events, total, page }, actions, members] = await Promise.all([
    listAuditEvents(actor.orgId, {
      action: filter.action || undefined,
      actorId: filter.actor || undefined,
      from: filter.from ? new Date(`${filter.from}T00:00:00.000Z`) : undefined,
      to: filter.to ? new Date(`${filter.to}T23:59:59.999Z`) : undefined,
      page: filter.page,
    }),
    listAuditActions(actor.orgId),
    listMembers(actor.orgId),
  ])
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))
  const pageHref = (p: number) => {
    const q = new URLSearchParams(
      Object.entries({ ...filter, page: String(p) }).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
    )
    return `/settings/audit?${q}`
  }
  return (
    <>
      <PageHeader title="Audit log" description="Security and planning events in this organisation, newest first. Times are UTC." />
      <SettingsNav role={actor.role} current="/settings/audit" />
      <AuditFilter filter={filter} actions={actions} actors={members.map((m) => ({ userId: m.userId, name: m.name }))} />
      {events.length === 0 ? (
        <EmptyState title="No events match these filters" />
      ) : (
        <Table caption={`Audit events, page ${page} of ${pages}`} columns={['Time', 'Action', 'Actor', 'Target', 'Details']}>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-slate-100 align-top dark:border-slate-800">
              <td className="py-2 pr-4 whitespace-nowrap">{timeFormat.format(e.createdAt)}</td>
              <td className="py-2 pr-4 font-mono text-xs">{e.action}</td>
              <td className="py-2 pr-4">{e.actorId ? (e.actorName ?? 'Former member') : 'System'}</td>
              <td className="py-2 pr-4">{e.targetType ? `${e.targetType} ${e.targetId}` : '—'}</td>
              <td className="max-w-xs py-2 pr-4 font-mono text-xs break-all">{JSON.stringify(e.data)}</td>
            </tr>
          ))}
        </Table>
      )}
      <nav aria-label="Audit log pages" className="mt-4 flex items-center gap-4 text-sm">
        <span>
          Page {page} of {pages} · {total} event{total === 1 ? '' : 's'}
        </span>
        {page > 1 ? (
          <Link className="text-blue-700 underline dark:text-blue-300" href={pageHref(page - 1)}>
            Newer
          </Link>
        ) : null}
        {page < pages ? (
          <Link className="text-blue-700 underline dark:text-blue-300" href={pageHref(page + 1)}>
            Older
          </Link>
        ) : null}
      </nav>
    </>
  )
}
