'use client'

import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { SelectField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { createCalendarFeedAction, revokeCalendarFeedAction, updateTimeZoneAction } from '../actions'
import { ActionButton } from './action-button'

export function TimeZoneForm({ timeZone, zones }: { timeZone: string | null; zones: readonly string[] }) {
  const [state, action, pending, keepTyped] = useActionForm(updateTimeZoneAction)
  return (
    <form action={action} onSubmit={keepTyped} className="space-y-3">
      <FormStatus state={state} success="Your time zone was saved." />
      <SelectField
        label="Time zone"
        name="timeZone"
        defaultValue={timeZone ?? ''}
        hint="Focus blocks in your calendar feed and downloads are placed in this zone."
        errors={fieldErrors(state, 'timeZone')}
      >
        <option value="">None: the same clock time wherever my calendar is</option>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save time zone'}
      </Button>
    </form>
  )
}

/** The subscription URL is shown once, right after it is made: only its hash is kept on the server. */
export function CalendarFeedPanel({ activeSince }: { activeSince: string | null }) {
  const [state, action, pending] = useActionForm(createCalendarFeedAction)
  const [copied, setCopied] = useState(false)
  // Once revoked (activeSince gone after the page refreshes), the URL just made is no longer shown.
  const url = state?.ok && activeSince ? `${window.location.origin}${state.data.path}` : null
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Subscribe to your sprints, focus blocks and days off in Google Calendar, Outlook or Apple Calendar. Anyone with the URL can read
        them, so keep it to yourself.
      </p>
      {url ? (
        <div className="space-y-2">
          <label htmlFor="calendar-feed-url" className="block text-sm font-medium">
            Your subscription URL (shown only now)
          </label>
          <div className="flex flex-wrap gap-2">
            <input id="calendar-feed-url" readOnly value={url} className="min-w-0 flex-1 rounded border px-2 py-1 font-mono text-xs" />
            <Button type="button" variant="secondary" onClick={() => navigator.clipboard.writeText(url).then(() => setCopied(true))}>
              Copy URL
            </Button>
          </div>
          <p role="status" className="text-xs">
            {copied ? 'Copied.' : ''}
          </p>
        </div>
      ) : (
        <p className="text-sm">
          {activeSince ? `A subscription URL is active since ${activeSince}.` : 'You have no subscription URL yet.'}
        </p>
      )}
      <div className="flex flex-wrap items-start gap-2">
        <form
          action={action}
          onSubmit={(e) => {
            if (activeSince && !window.confirm('Make a new URL? The current one stops working at once.')) e.preventDefault()
          }}
        >
          <Button type="submit" disabled={pending}>
            {pending ? 'Working…' : activeSince ? 'Regenerate URL' : 'Create subscription URL'}
          </Button>
        </form>
        {activeSince && (
          <ActionButton
            action={revokeCalendarFeedAction}
            label="Revoke URL"
            variant="danger"
            confirm="Revoke your subscription URL? Calendars using it stop updating."
            success="Revoked."
          />
        )}
      </div>
      <FormStatus state={state} />
    </div>
  )
}
