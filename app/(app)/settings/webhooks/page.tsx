import type { Metadata } from 'next'
import Link from 'next/link'
import { Alert } from '@/components/ui/alert'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { formatDateTime } from '@/lib/core/format'
import { listWebhookEndpoints, type LastDelivery } from '@/lib/db/webhooks/endpoints'
import { env } from '@/lib/env'
import { webhookEventLabels, type WebhookEventType } from '@/lib/webhooks/events'
import { SettingsNav } from '../_components/settings-nav'
import { deliveryStatusText } from './delivery-status'
import { AddEndpointForm, DeleteEndpointButton, EnableButton, RotateSecretButton, SendTestButton } from './webhook-forms'

export const metadata: Metadata = { title: 'Webhooks' }

const eventLabel = (type: string) => webhookEventLabels[type as WebhookEventType] ?? type

function LastDeliveryText({ last }: { last: LastDelivery | null }) {
  if (!last) return <p className="text-sm">No delivery yet.</p>
  return (
    <p className="text-sm">
      Last delivery <time dateTime={last.at.toISOString()}>{formatDateTime(last.at)}</time>:{' '}
      {deliveryStatusText(last.status, last.statusCode)}
      {last.error && last.status !== 'delivered' ? ` (${last.error})` : ''}
    </p>
  )
}

export default async function WebhooksSettingsPage() {
  const actor = await requirePageActor('org:manage')
  const endpoints = await listWebhookEndpoints(actor.orgId)
  const now = new Date()
  return (
    <>
      <PageHeader
        title="Webhooks"
        description={
          <>
            Plural POSTs a signed JSON message to your endpoints when something happens (Standard Webhooks: check{' '}
            <code>webhook-signature</code> with the endpoint’s secret). Failed deliveries are retried for 24 hours; an endpoint failing all
            that time is disabled.
          </>
        }
      />
      <SettingsNav role={actor.role} current="/settings/webhooks" />
      <div className="max-w-4xl space-y-6">
        {endpoints.length === 0 ? (
          <EmptyState title="No webhook endpoints">Add one below to be told when plans are published and more.</EmptyState>
        ) : null}
        {endpoints.map((endpoint) => (
          <Card key={endpoint.id} title={<span className="font-mono text-sm break-all">{endpoint.url}</span>}>
            <div className="space-y-3">
              {endpoint.description ? <p className="text-sm">{endpoint.description}</p> : null}
              <p className="text-sm">
                Status: <strong>{endpoint.disabledAt ? `Disabled since ${formatDateTime(endpoint.disabledAt)}` : 'Enabled'}</strong>
              </p>
              {endpoint.disabledAt ? (
                <Alert tone="warning">
                  {endpoint.disabledReason ?? 'Disabled.'} Enable it to receive new events; redeliver from the log what it missed.
                </Alert>
              ) : null}
              <div className="text-sm">
                Events:
                <ul className="list-disc pl-5">
                  {endpoint.events.map((type) => (
                    <li key={type}>
                      {eventLabel(type)} <code className="text-xs">{type}</code>
                    </li>
                  ))}
                </ul>
              </div>
              <LastDeliveryText last={endpoint.lastDelivery} />
              {endpoint.previousSecretUntil && endpoint.previousSecretUntil > now ? (
                <p className="text-sm">The previous secret also signs until {formatDateTime(endpoint.previousSecretUntil)}.</p>
              ) : null}
              <div className="flex flex-wrap items-start gap-3">
                <Link href={`/settings/webhooks/${endpoint.id}`} className="self-center text-sm underline">
                  Delivery log
                </Link>
                {endpoint.disabledAt ? null : <SendTestButton endpointId={endpoint.id} />}
                <EnableButton endpointId={endpoint.id} enabled={!endpoint.disabledAt} />
                <DeleteEndpointButton endpoint={endpoint} />
              </div>
              <RotateSecretButton endpointId={endpoint.id} />
            </div>
          </Card>
        ))}
        <Card title="Add an endpoint">
          <AddEndpointForm httpsOnly={env().NODE_ENV === 'production'} />
        </Card>
      </div>
    </>
  )
}
