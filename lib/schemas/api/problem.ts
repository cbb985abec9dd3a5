import { z } from 'zod'

// Errors as application/problem+json (RFC 9457). `type` is a relative URI to the problem's entry on the
// API reference page; `errors` names each refused field by its key, with the message the form would show.

export const PROBLEM_TYPE_BASE = '/settings/api-reference#'

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' })
export type Problem = z.infer<typeof problemSchema>

/** Every problem the API answers with: its code, status and title. */
export const PROBLEMS = {
  UNAUTHENTICATED: { status: 401, title: 'Missing, unknown, revoked or expired token' },
  FORBIDDEN: { status: 403, title: 'The token’s scope does not allow this' },
  NOT_FOUND: { status: 404, title: 'Not found in this organisation' },
  CONFLICT: { status: 409, title: 'Conflicts with the current state' },
  PRECONDITION_FAILED: { status: 412, title: 'The version changed since your ETag' },
  INVALID: { status: 422, title: 'The request broke a rule; errors names the fields' },
  PRECONDITION_REQUIRED: { status: 428, title: 'Send If-Match with the version’s ETag' },
  RATE_LIMITED: { status: 429, title: 'Too many requests for this token; see Retry-After' },
  INTERNAL: { status: 500, title: 'Something went wrong on our side' },
  UNAVAILABLE: { status: 503, title: 'The database is unavailable; retry shortly' },
} as const
export type ProblemCode = keyof typeof PROBLEMS

/** The anchor of a problem's entry on the API reference page. */
export const problemAnchor = (code: ProblemCode) => `problem-${code.toLowerCase().replace(/_/g, '-')}`

export function problemOf(code: ProblemCode, detail: string, fieldErrors?: Record<string, string[]>): Problem {
  const { status, title } = PROBLEMS[code]
  const errors = fieldErrors
    ? Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })))
    : undefined
  return {
    type: `${PROBLEM_TYPE_BASE}${problemAnchor(code)}`,
    title,
    status,
    detail,
    code,
    ...(errors?.length ? { errors } : {}),
  }
}
