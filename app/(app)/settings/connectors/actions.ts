'use server'

import { addTypeMappingRow, deleteConnection, removeTypeMappingRow, updateConnectionSettings } from '@/lib/db/connectors/connections'
import {
  addTypeMappingRowSchema,
  connectionRefSchema,
  connectionSettingsSchema,
  createConnectionSchema,
  reconnectSchema,
  removeTypeMappingRowSchema,
} from '@/lib/schemas/connector'
import { deleteChatChannel } from '@/lib/db/connectors/chat-channels'
import { chatChannelRefSchema, createChatChannelSchema } from '@/lib/schemas/connector'
import { defineAction } from '@/lib/server/action'
import { connectChatChannel, sendTestChatMessage } from '@/lib/server/connectors/chat'
import { createTrackerConnection, reconnectTrackerConnection, testTrackerConnection } from '@/lib/server/connectors/manage'
import { requestConnectionSync } from '@/lib/server/connectors/sync-jobs'

// Tracker connections (Settings › Connectors). Syncs run as jobs, so no action here waits for a tracker but "Test".
// No action answers with a token: creating and reconnecting return nothing but success.
const revalidate = ['/settings/connectors']

export const createConnectionAction = defineAction(
  { name: 'connector.create', permission: 'org:manage', revalidate },
  createConnectionSchema,
  async (input, actor) => createTrackerConnection(actor.orgId, actor.userId, input),
)

export const testConnectionAction = defineAction(
  { name: 'connector.test', permission: 'org:manage' },
  connectionRefSchema,
  async ({ connectionId }, actor) => testTrackerConnection(actor.orgId, connectionId),
)

/** Queues a connector.sync job; settings shows it queued, running, then its result. */
export const syncConnectionAction = defineAction(
  { name: 'connector.sync', permission: 'org:manage', revalidate },
  connectionRefSchema,
  async ({ connectionId }, actor) => requestConnectionSync(actor.orgId, actor.userId, connectionId),
)

export const reconnectConnectionAction = defineAction(
  { name: 'connector.reconnect', permission: 'org:manage', revalidate },
  reconnectSchema,
  async (input, actor) => reconnectTrackerConnection(actor.orgId, actor.userId, input),
)

export const updateConnectionSettingsAction = defineAction(
  { name: 'connector.settings', permission: 'org:manage', revalidate },
  connectionSettingsSchema,
  async (input, actor) => updateConnectionSettings(actor.orgId, actor.userId, input),
)

export const addTypeMappingRowAction = defineAction(
  { name: 'connector.mapping.add', permission: 'org:manage', revalidate },
  addTypeMappingRowSchema,
  async ({ connectionId, ...row }, actor) => addTypeMappingRow(actor.orgId, actor.userId, connectionId, row),
)

export const removeTypeMappingRowAction = defineAction(
  { name: 'connector.mapping.remove', permission: 'org:manage', revalidate },
  removeTypeMappingRowSchema,
  async ({ connectionId, upstream }, actor) => removeTypeMappingRow(actor.orgId, actor.userId, connectionId, upstream),
)

export const deleteConnectionAction = defineAction(
  { name: 'connector.remove', permission: 'org:manage', revalidate },
  connectionRefSchema,
  async ({ connectionId }, actor) => deleteConnection(actor.orgId, actor.userId, connectionId),
)

/** A team's chat channel; the webhook URL or bot token is sealed and never answered back. */
export const createChatChannelAction = defineAction(
  { name: 'chat.create', permission: 'org:manage', revalidate },
  createChatChannelSchema,
  async (input, actor) => connectChatChannel(actor.orgId, actor.userId, input),
)

export const testChatChannelAction = defineAction(
  { name: 'chat.test', permission: 'org:manage', revalidate },
  chatChannelRefSchema,
  async ({ chatChannelId }, actor) => sendTestChatMessage(actor.orgId, chatChannelId),
)

export const removeChatChannelAction = defineAction(
  { name: 'chat.remove', permission: 'org:manage', revalidate },
  chatChannelRefSchema,
  async ({ chatChannelId }, actor) => deleteChatChannel(actor.orgId, actor.userId, chatChannelId),
)
