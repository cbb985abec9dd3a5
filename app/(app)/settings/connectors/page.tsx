import type { Metadata } from 'next'
import Link from 'next/link'
import { Alert } from '@/components/ui/alert'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { requirePageActor } from '@/lib/auth/actor'
import { syncStateOf, type SyncState } from '@/lib/connectors/schedule'
import { SYNC_FAILURE_MESSAGES, TRACKER_LABELS, type SyncCounts } from '@/lib/connectors/types'
import { WORK_TYPE_LABELS } from '@/lib/core/work-types'
import { listConnections, type ConnectionView } from '@/lib/db/connectors/connections'
import { listLastWriteBacks } from '@/lib/db/connectors/write-back'
import { listChatChannels } from '@/lib/db/connectors/chat-channels'
import { listTeamsWithMembers } from '@/lib/db/accounts/teams'
import { CHAT_KIND_LABELS } from '@/lib/connectors/chat'
import { AddChatChannelForm, RemoveChatButton, TestChatButton } from './chat-forms'
import { SettingsNav } from '../_components/settings-nav'
import {
  AddConnectionForm,
  AddMappingForm,
  ConnectionSettingsForm,
  ReconnectForm,
  RemoveConnectionButton,
  RemoveMappingButton,
  SyncNowButton,
  SyncProgress,
  TestButton,
} from './connector-forms'

export const metadata: Metadata = { title: 'Connectors' }

const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`

const countsText = (c: SyncCounts) =>
  `${c.created} new, ${c.updated} updated, ${c.closed} closed, ${c.flagged} flagged, ${c.unchanged} unchanged`

const SYNC_STATE_TEXT = { queued: 'Sync queued: it starts as soon as a worker is free.', running: 'Syncing now…' } as const

/** Queued or running, then the last result: a live region, so the change is announced as the page refreshes. */
function SyncStatus({ connection, state }: { connection: ConnectionView; state: SyncState }) {
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      {state === 'idle' ? null : <p className="text-sm font-medium">{SYNC_STATE_TEXT[state]}</p>}
      <LastSync connection={connection} />
      <SyncProgress active={state !== 'idle'} />
    </div>
  )
}

function LastSync({ connection }: { connection: ConnectionView }) {
  if (!connection.lastSyncAt) return <p className="text-sm">Not synced yet.</p>
  const when = (
    <time dateTime={connection.lastSyncAt.toISOString()}>{connection.lastSyncAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</time>
  )
  if (connection.lastSyncStatus === 'ok' || connection.lastSyncStatus === null)
    return (
      <p className="text-sm">
        Last sync {when}: {connection.lastSyncCounts ? countsText(connection.lastSyncCounts) : 'done'}.
      </p>
    )
  return (
    <div className="space-y-3">
      <Alert tone="error">
        Last sync {when} failed: {connection.lastSyncMessage ?? SYNC_FAILURE_MESSAGES[connection.lastSyncStatus]}
      </Alert>
      {connection.lastSyncStatus === 'unauthorized' ? <ReconnectForm connectionId={connection.id} /> : null}
    </div>
  )
}

export default async function ConnectorsSettingsPage() {
  const actor = await requirePageActor('org:manage')
  const [connections, writeBacks, chatChannels, teams] = await Promise.all([
    listConnections(actor.orgId),
    listLastWriteBacks(actor.orgId),
    listChatChannels(actor.orgId),
    listTeamsWithMembers(actor.orgId),
  ])
  const now = new Date()
  return (
    <>
      <PageHeader
        title="Connectors"
        description="Sync the backlog from Jira Cloud, Linear or GitHub Issues. Items are matched by their key; a field edited here is never overwritten, the item is flagged instead."
      />
      <SettingsNav role={actor.role} current="/settings/connectors" />
      <div className="max-w-4xl space-y-6">
        {connections.length === 0 ? (
          <EmptyState title="No trackers connected">Add one below to bring its issues into the backlog.</EmptyState>
        ) : null}
        {connections.map((connection) => {
          const writeBack = writeBacks.get(connection.id)
          const state = syncStateOf(connection, now)
          return (
            <Card key={connection.id} title={`${connection.name} · ${TRACKER_LABELS[connection.kind]}`}>
              <div className="space-y-4">
                <SyncStatus connection={connection} state={state} />
                {connection.flagged > 0 ? (
                  <p className="text-sm">
                    {connection.flagged} {connection.flagged === 1 ? 'item was' : 'items were'} edited here and changed upstream: flagged,
                    with the upstream values kept aside.{' '}
                    <Link href="/work-items?flagged=true" className="text-blue-700 underline dark:text-blue-300">
                      Review the flagged items
                    </Link>
                  </p>
                ) : null}
                <div className="flex flex-wrap gap-3">
                  <SyncNowButton connectionId={connection.id} />
                  <TestButton connectionId={connection.id} />
                </div>
                <ConnectionSettingsForm connection={connection} />
                {writeBack ? (
                  <p className="text-sm">
                    Last write-back: {writeBack.assigned} assigned
                    {writeBack.failure
                      ? `; stopped: ${SYNC_FAILURE_MESSAGES[writeBack.failure as keyof typeof SYNC_FAILURE_MESSAGES] ?? writeBack.failure}`
                      : ''}
                    {writeBack.unmatched.length > 0 ? `; not matched by e-mail: ${writeBack.unmatched.join(', ')}` : ''}.
                  </p>
                ) : null}
                <section aria-label={`Type mapping of ${connection.name}`} className="space-y-2">
                  <h3 className="text-sm font-medium">Type mapping</h3>
                  {connection.typeMapping.length === 0 ? (
                    <p className="text-sm">No mapping yet: the classifier suggests every type.</p>
                  ) : (
                    <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
                      {connection.typeMapping.map((row) => (
                        <li key={row.upstream} className="flex items-center justify-between gap-2 py-1">
                          <span>
                            {row.upstream} → {WORK_TYPE_LABELS[row.type]}
                          </span>
                          <RemoveMappingButton connectionId={connection.id} upstream={row.upstream} />
                        </li>
                      ))}
                    </ul>
                  )}
                  <AddMappingForm connectionId={connection.id} />
                </section>
                <RemoveConnectionButton connection={connection} />
              </div>
            </Card>
          )
        })}
        <Card title="Add a connection">
          <AddConnectionForm />
        </Card>
        <h2 className="pt-4 text-lg font-semibold">Team chat</h2>
        <p className="text-sm">Survey reminders, the pulse prompt when a sprint closes and published plans go to each team’s channel.</p>
        {chatChannels.length === 0 ? <EmptyState title="No chat channels">Add one below for a team.</EmptyState> : null}
        {chatChannels.map((channel) => (
          <Card key={channel.id} title={`${channel.team.name} · ${CHAT_KIND_LABELS[channel.kind]}`}>
            <div className="space-y-3">
              {channel.channel ? <p className="text-sm">Channel {channel.channel}</p> : null}
              {channel.lastError && channel.lastErrorAt ? (
                <Alert tone="error">
                  Last message failed (<time dateTime={channel.lastErrorAt.toISOString()}>{utc(channel.lastErrorAt)}</time>):{' '}
                  {channel.lastError}
                </Alert>
              ) : (
                <p className="text-sm">
                  {channel.lastSentAt ? (
                    <>
                      Last message sent <time dateTime={channel.lastSentAt.toISOString()}>{utc(channel.lastSentAt)}</time>.
                    </>
                  ) : (
                    'Nothing sent yet.'
                  )}
                </p>
              )}
              <div className="flex flex-wrap items-start gap-3">
                <TestChatButton chatChannelId={channel.id} />
                <RemoveChatButton channel={channel} />
              </div>
            </div>
          </Card>
        ))}
        {teams.length === 0 ? (
          <p className="text-sm">Create a team first: chat channels belong to a team.</p>
        ) : (
          <Card title="Add a chat channel">
            <AddChatChannelForm teams={teams.map((t) => ({ id: t.id, name: t.name }))} />
          </Card>
        )}
      </div>
    </>
  )
}
