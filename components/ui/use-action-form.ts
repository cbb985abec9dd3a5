'use client'

import { useActionState } from 'react'
import type { ActionFn, ActionResult } from '@/lib/core/action-result'

/** The last result; a refused one also carries what was submitted, field by field. */
export type ActionFormState<T> = (ActionResult<T> & { submitted?: Record<string, string[]> }) | null

function submittedValues(formData: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue
    const name = key.endsWith('[]') ? key.slice(0, -2) : key
    values[name] = [...(values[name] ?? []), value]
  }
  return values
}

/**
 * Binds a server action to a <form>: returns the last result, the form action and a pending flag.
 * React resets an uncontrolled form once its action returns, so a refused submit hands back what was
 * typed; fields take it as their default (`keptValue`) and the person fixes one field, not all of them.
 */
export function useActionForm<T>(action: ActionFn<T>) {
  return useActionState<ActionFormState<T>, FormData>(async (_previous, formData) => {
    const result = await action(formData)
    return result.ok ? result : { ...result, submitted: submittedValues(formData) }
  }, null)
}

export const fieldErrors = (state: ActionResult | null, field: string) => (state && !state.ok ? state.fieldErrors?.[field] : undefined)

/** What was typed into `field` before the last refused submit, or undefined (nothing refused yet). */
export function keptValue(state: ActionFormState<unknown>, field: string): string | undefined {
  return state && !state.ok ? (state.submitted?.[field]?.[0] ?? '') : undefined
}

/** Every value a repeated field (a checkbox group) sent before the last refused submit. */
export function keptValues(state: ActionFormState<unknown>, field: string): string[] | undefined {
  return state && !state.ok ? (state.submitted?.[field] ?? []) : undefined
}
