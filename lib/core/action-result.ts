// What every server action answers; isomorphic so client forms can read it.
export type FieldErrors = Record<string, string[]>
type ActionErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID' | 'RATE_LIMITED' | 'UNAVAILABLE' | 'INTERNAL'

export type ActionResult<T = unknown> =
  { ok: true; data: T; message?: string } | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: FieldErrors }

export type ActionFn<T = unknown> = (input: unknown) => Promise<ActionResult<T>>
