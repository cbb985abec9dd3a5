import type { ActionResult } from '@/lib/core/action-result'
import { Alert } from './alert'

/** The outcome of the last submit: the error message, or a success note when there is one. */
export function FormStatus({ state, success }: { state: ActionResult | null; success?: string }) {
  if (!state) return null
  if (!state.ok) return <Alert tone="error">{state.message}</Alert>
  const message = state.message ?? success
  return message ? <Alert tone="success">{message}</Alert> : null
}
