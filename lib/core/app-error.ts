import type { FieldErrors } from './action-result'

// Expected errors form a closed set; anything else is logged and shown as generic text.
export const APP_ERROR_CODES = {
  /** No valid session: sign in again. */
  UNAUTHENTICATED: 401,
  /** Signed in, but the role may not do this. */
  FORBIDDEN: 403,
  /** The record does not exist in the signed-in organisation (other tenants' ids look the same). */
  NOT_FOUND: 404,
  /** A unique value is taken, or the record changed since it was loaded (stale plan version). */
  CONFLICT: 409,
  /** The input broke a validation or business rule; the message names the field. */
  INVALID: 422,
  /** Too many attempts; the message says when to retry. */
  RATE_LIMITED: 429,
  /** The database is unreachable; retrying later helps. */
  UNAVAILABLE: 503,
} as const

type AppErrorCode = keyof typeof APP_ERROR_CODES

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message)
    this.name = 'AppError'
  }

  get status(): number {
    return APP_ERROR_CODES[this.code]
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found.`)
export const invalid = (field: string, message: string) => new AppError('INVALID', message, { [field]: [message] })
