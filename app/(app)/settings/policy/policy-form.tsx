'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import type { PolicyRow } from '@/lib/db/work-items/policy'
import { MODE_LABELS, MODES, WORK_TYPE_LABELS } from '@/lib/core/work-types'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { resetPolicyAction, updatePolicyAction } from './actions'

/** The editable table: one mode and one reason per work type, saved together; each change is audited. */
export function PolicyForm({ rows }: { rows: PolicyRow[] }) {
  const [state, action, pending, keepTyped] = useActionForm(updatePolicyAction)
  const [confirming, setConfirming] = useState(false)
  const [resetMessage, setResetMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [resetting, start] = useTransition()
  const router = useRouter()
  const saved = state?.ok ? `Saved: ${state.data.changed} ${state.data.changed === 1 ? 'row' : 'rows'} changed.` : undefined

  const reset = () =>
    start(async () => {
      const result = await resetPolicyAction({})
      setConfirming(false)
      setResetMessage(
        result.ok
          ? { ok: true, text: `Reset to the default table (${result.data.changed} rows changed).` }
          : { ok: false, text: result.message },
      )
      router.refresh()
    })

  return (
    // key: after a reset the server sends new rows; remounting refreshes the uncontrolled fields.
    <form key={rows.map((r) => r.mode + r.reason).join('|')} action={action} onSubmit={keepTyped} className="space-y-4">
      <FormStatus state={state} success={saved} />
      {resetMessage ? <Alert tone={resetMessage.ok ? 'success' : 'error'}>{resetMessage.text}</Alert> : null}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Recommended mode and reason per work type</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Work type
            </th>
            <th scope="col" className="py-2 pr-4">
              Recommended mode
            </th>
            <th scope="col" className="py-2 pr-4">
              Reason shown to managers
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const reasonErrors = fieldErrors(state, `reason.${row.workType}`)
            return (
              <tr key={row.workType} className="border-b border-slate-100 align-top dark:border-slate-800">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {WORK_TYPE_LABELS[row.workType]}
                  {row.isDefault ? null : (
                    <span className="block text-xs font-normal text-amber-800 dark:text-amber-300">
                      Changed from the default ({MODE_LABELS[row.defaultMode]})
                    </span>
                  )}
                </th>
                <td className="py-2 pr-4">
                  <label htmlFor={`mode-${row.workType}`} className="sr-only">
                    Mode for {WORK_TYPE_LABELS[row.workType]}
                  </label>
                  <select id={`mode-${row.workType}`} name={`mode.${row.workType}`} defaultValue={row.mode} className={inputClass}>
                    {MODES.map((m) => (
                      <option key={m} value={m}>
                        {MODE_LABELS[m]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="py-2 pr-4">
                  <label htmlFor={`reason-${row.workType}`} className="sr-only">
                    Reason for {WORK_TYPE_LABELS[row.workType]}
                  </label>
                  <textarea
                    id={`reason-${row.workType}`}
                    name={`reason.${row.workType}`}
                    defaultValue={row.reason}
                    rows={2}
                    required
                    maxLength={500}
                    className={inputClass}
                    aria-invalid={reasonErrors ? true : undefined}
                    aria-describedby={reasonErrors ? `reason-${row.workType}-error` : undefined}
                  />
                  {reasonErrors ? (
                    <p id={`reason-${row.workType}-error`} className="text-sm text-red-700 dark:text-red-400">
                      {reasonErrors.join(' ')}
                    </p>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save policy'}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Reset to default
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Reset the policy to the default?"
        confirmLabel="Reset policy"
        pending={resetting}
        onConfirm={reset}
        onCancel={() => setConfirming(false)}
      >
        Every work type goes back to the mode and reason of Plural&apos;s default table. Your edits are replaced (the audit log keeps them).
      </ConfirmDialog>
    </form>
  )
}
