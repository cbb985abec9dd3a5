import type { Metadata } from 'next'
import Link from 'next/link'
import { EmptyState, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { formatDateTime } from '@/lib/core/format'
import { DELIVERY_LOG_PAGE_SIZE, listWebhookDeliveries } from '@/lib/db/webhooks/delivery-log'
import { getWebhookEndpoint } from '@/lib/db/webhooks/endpoints'
import { deliveryLogQuerySchema } from '@/lib/schemas/webhook'
import { readOr404 } from '@/lib/server/read-or-404'
import { SettingsNav } from '../../_components/settings-nav'
import { deliveryStatusText } from '../delivery-status'
import { RedeliverButton } from '../webhook-forms'

export const metadata: Metadata = { title: 'Webhook deliveries' }

type Props = { params: Promise<{ endpointId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function DeliveryLogPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('org:manage')
  const [{ endpointId }, query] = await Promise.all([params, searchParams])
  const { page } = deliveryLogQuerySchema.parse(query)
  const endpoint = await readOr404(() => getWebhookEndpoint(actor.orgId, endpointId))
  const { deliveries, total } = await listWebhookDeliveries(actor.orgId, endpoint.id, page)
  const pages = Math.max(1, Math.ceil(total / DELIVERY_LOG_PAGE_SIZE))
  return (
    <>
      <PageHeader
        title="Webhook deliveries"
        description={
          <>
            Every event sent to <span className="font-mono break-all">{endpoint.url}</span>, newest first. Times are UTC.
          </>
        }
      />
      <SettingsNav role={actor.role} current="/settings/webhooks" />
      <p className="mb-4 text-sm">
        <Link href="/settings/webhooks">← All endpoints</Link>
      </p>
      {deliveries.length === 0 ? (
        <EmptyState title="No deliveries yet">
          Events this endpoint subscribes to appear here once they happen, or send a test event.
        </EmptyState>
      ) : (
        <Table
          caption={`Deliveries, page ${page} of ${pages}`}
          columns={[
            'Event',
            'Time',
            'Status',
            { label: 'Attempts', numeric: true },
            { label: 'Response time', numeric: true },
            'Next attempt',
            { label: 'Actions', hidden: true },
          ]}
        >
          {deliveries.map((d) => (
            <tr key={d.id} className="border-b border-slate-100 align-top dark:border-slate-800">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                <span className="block font-medium">{d.eventType}</span>
                <span className="font-mono text-xs">{d.eventId}</span>
              </th>
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(d.createdAt)}</td>
              <td className="py-2 pr-4">
                {deliveryStatusText(d.status, d.statusCode)}
                {d.error && d.status !== 'delivered' ? <span className="block text-xs">{d.error}</span> : null}
              </td>
              <td className="py-2 pr-4 text-right">{d.attempts}</td>
              <td className="py-2 pr-4 text-right">{d.responseMs === null ? '—' : `${d.responseMs} ms`}</td>
              <td className="py-2 pr-4">{d.nextAttemptAt && d.status === 'pending' ? formatDateTime(d.nextAttemptAt) : '—'}</td>
              <td className="py-2 pr-4">{endpoint.disabledAt ? null : <RedeliverButton deliveryId={d.id} eventId={d.eventId} />}</td>
            </tr>
          ))}
        </Table>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages of deliveries" className="mt-4 flex gap-4 text-sm">
          {page > 1 ? <Link href={`/settings/webhooks/${endpoint.id}?page=${page - 1}`}>← Newer</Link> : null}
          {page < pages ? <Link href={`/settings/webhooks/${endpoint.id}?page=${page + 1}`}>Older →</Link> : null}
        </nav>
      ) : null}
    </>
  )
}
