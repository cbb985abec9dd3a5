'use client'

import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { ConfirmRemoveButton } from '@/components/ui/confirm-remove-button'
import { SelectField, TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { CHAT_KIND_LABELS, CHAT_KINDS, type ChatKind } from '@/lib/connectors/chat'
import { createChatChannelAction, removeChatChannelAction, testChatChannelAction } from './actions'

// Team chat channels (Settings › Connectors): add one per team, send a test message, remove it. Field ids
// carry a chat- prefix: the tracker form on the same page has its own kind and token fields.

export function AddChatChannelForm({ teams }: { teams: { id: string; name: string }[] }) {
  const [kind, setKind] = useState<ChatKind>('SLACK_WEBHOOK')
  const [state, action, pending, keepTyped] = useActionForm(createChatChannelAction)
  const errors = (name: string) => fieldErrors(state, name)
  return (
    <form action={action} onSubmit={keepTyped} className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormStatus state={state} success="Channel added. Send a test message to check it." />
      </div>
      <SelectField label="Team" id="chat-teamId" name="teamId" required errors={errors('teamId')}>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Chat"
        id="chat-kind"
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as ChatKind)}
        errors={errors('kind')}
      >
        {CHAT_KINDS.map((k) => (
          <option key={k} value={k}>
            {CHAT_KIND_LABELS[k]}
          </option>
        ))}
      </SelectField>
      {kind === 'SLACK_BOT' ? (
        <>
          <TextField
            label="Bot token"
            id="chat-token"
            name="token"
            type="password"
            autoComplete="off"
            required
            errors={errors('token')}
            hint="Starts with xoxb-. Stored encrypted; never shown again."
          />
          <TextField label="Channel" id="chat-channel" name="channel" required placeholder="C0123456789" errors={errors('channel')} />
          <TextField
            label="Slack API address"
            id="chat-apiBaseUrl"
            name="apiBaseUrl"
            type="url"
            defaultValue="https://slack.com/api"
            required
            errors={errors('apiBaseUrl')}
          />
        </>
      ) : (
        <TextField
          label="Webhook URL"
          id="chat-webhookUrl"
          name="webhookUrl"
          type="password"
          autoComplete="off"
          required
          errors={errors('webhookUrl')}
          hint="The incoming webhook's address. Stored encrypted; never shown again."
        />
      )}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Adding…' : 'Add chat channel'}
        </Button>
      </div>
    </form>
  )
}

export function TestChatButton({ chatChannelId }: { chatChannelId: string }) {
  const [state, action, pending] = useActionForm<{ sent: boolean; error: string | null }>(testChatChannelAction)
  const result = state?.ok ? state.data : null
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="chatChannelId" value={chatChannelId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Sending…' : 'Send test message'}
      </Button>
      {state && !state.ok ? <FormStatus state={state} /> : null}
      {result ? (
        <Alert tone={result.sent ? 'success' : 'error'}>
          {result.sent ? 'Test message sent.' : `The test message did not go through: ${result.error}`}
        </Alert>
      ) : null}
    </form>
  )
}

export function RemoveChatButton({ channel }: { channel: { id: string; team: { name: string } } }) {
  return (
    <ConfirmRemoveButton
      label={`Remove the chat channel of ${channel.team.name}`}
      title={`Remove ${channel.team.name}'s chat channel?`}
      confirmLabel="Remove channel"
      onRemove={() => removeChatChannelAction({ chatChannelId: channel.id })}
    >
      Plural stops posting to it and forgets its webhook URL or token.
    </ConfirmRemoveButton>
  )
}
