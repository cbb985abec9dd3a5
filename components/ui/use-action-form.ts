'use client'

import { useActionState } from 'react'
import type { ActionFn, ActionResult } from '@/lib/core/action-result'

/** Binds a server action to a <form>: returns the last result, the form action and a pending flag. */
export function useActionForm<T>(action: ActionFn<T>) {
  return useActionState<ActionResult<T> | null, FormData>((_previous, formData) => action(formData), null)
}

export const fieldErrors = (state: ActionResult | null, field: string) => (state && !state.ok ? state.fieldErrors?.[field] : undefined)
