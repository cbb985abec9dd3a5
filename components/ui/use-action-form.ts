'use client'

import { startTransition, useActionState, useCallback, useEffect, useRef, type FormEvent } from 'react'
import type { ActionFn, ActionResult } from '@/lib/core/action-result'

/**
 * Binds a server action to a <form>: returns the last result, the form action, a pending flag and
 * `keepTyped`, the form's onSubmit. React resets a form when its action returns, refused or not, and a
 * reset puts every field back to its default: a refused sign-up would lose the name and e-mail, a select
 * its choice. `keepTyped` sends the form itself, so only a successful submit resets the fields.
 */
export function useActionForm<T>(action: ActionFn<T>) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>((_previous, formData) => action(formData), null)
  const form = useRef<HTMLFormElement | null>(null)
  useEffect(() => {
    if (state?.ok) form.current?.reset()
  }, [state])
  const keepTyped = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault()
      form.current = event.currentTarget
      const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter)
      startTransition(() => formAction(formData))
    },
    [formAction],
  )
  return [state, formAction, pending, keepTyped] as const
}

export const fieldErrors = (state: ActionResult | null, field: string) => (state && !state.ok ? state.fieldErrors?.[field] : undefined)
