import { z } from 'zod'
import { webhookEventTypes } from '@/lib/webhooks/events'
import { labelled } from './field-label'
import { idField } from './id'

// Settings › Webhooks: the endpoint form and the actions on endpoints and deliveries. Whether a URL may
// receive webhooks (https in production, no private address) is judged on the server, at saving and
// again at every delivery (lib/server/webhooks/target.ts).

export const createWebhookEndpointSchema = z.object({
  url: labelled(
    z
      .string({ message: 'Enter the URL that receives the events' })
      .trim()
      .max(2000, 'URL must be at most 2000 characters')
      .pipe(z.url({ protocol: /^https?$/, message: 'Enter the URL as an https:// address' })),
    'URL',
  ),
  description: labelled(z.string().trim().max(200, 'Description must be at most 200 characters').default(''), 'Description'),
  events: labelled(
    z
      .array(z.enum(webhookEventTypes, { message: 'Choose events from the list' }), { message: 'Choose at least one event' })
      .min(1, 'Choose at least one event')
      .transform((events) => [...new Set(events)]),
    'Events',
  ),
})
export type CreateWebhookEndpointInput = z.infer<typeof createWebhookEndpointSchema>

export const webhookEndpointRefSchema = z.object({ endpointId: idField('endpoint') })

export const setWebhookEndpointEnabledSchema = z.object({
  endpointId: idField('endpoint'),
  enabled: labelled(z.enum(['true', 'false'], { message: 'Choose enabled or disabled' }), 'Enabled').transform((v) => v === 'true'),
})

export const redeliverWebhookSchema = z.object({ deliveryId: idField('delivery') })

/** The delivery log's page number, from the query string: anything odd reads as the first page. */
export const deliveryLogQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) })
