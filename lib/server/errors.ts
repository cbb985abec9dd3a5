import { z } from 'zod'
import { AppError } from '../core/app-error'

// "Unable to start a transaction in the given time": every connection stayed busy for the whole wait.
const UNAVAILABLE_PATTERNS =
  /Unable to start a transaction in the given time|ECONNREFUSED|ECONNRESET|Connection terminated|Can't reach database|connect ETIMEDOUT|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|terminating connection/i

function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code
  return typeof code === 'string' ? code : undefined
}

/** Database unreachable (down, restarting, pool exhausted): callers answer 503. */
export function isUnavailable(error: unknown): boolean {
  const code = prismaCode(error)
  if (code === 'P1001' || code === 'P1002' || code === 'P1017' || code === 'ECONNREFUSED') return true
  const causeMessage = (error as { cause?: { message?: string } })?.cause?.message ?? ''
  return error instanceof Error && UNAVAILABLE_PATTERNS.test(`${error.message} ${causeMessage}`)
}

type Issue = { path: readonly PropertyKey[]; message: string }

/**
 * A route's query parameters are named by their keys (its caller wrote them); a form's fields by their
 * labels (`labelOf`, see lib/schemas/field-label.ts), and a field without one by its message alone.
 */
function describe({ path, message }: Issue, labelOf?: (path: readonly PropertyKey[]) => string | undefined) {
  if (!labelOf) return path.length ? `${path.join('.')}: ${message}` : message
  const label = labelOf(path)
  // "Password must be at least 10 characters" already names its field.
  return label && !message.toLowerCase().startsWith(label.toLowerCase()) ? `${label}: ${message}` : message
}

/** Maps the errors we expect to an AppError; returns null for bugs, which are logged instead. */
export function toAppError(error: unknown, labelOf?: (path: readonly PropertyKey[]) => string | undefined): AppError | null {
  if (error instanceof AppError) return error
  if (error instanceof z.ZodError) {
    const flat = z.flattenError(error)
    const fieldErrors = Object.fromEntries(
      Object.entries(flat.fieldErrors as Record<string, string[] | undefined>).filter((entry): entry is [string, string[]] =>
        Array.isArray(entry[1]),
      ),
    )
    const first = error.issues[0]
    return new AppError('INVALID', first ? describe(first, labelOf) : 'Invalid input.', fieldErrors)
  }
  const code = prismaCode(error)
  if (code === 'P2002') {
    const target = (error as { meta?: { target?: unknown } }).meta?.target
    const fields = Array.isArray(target) ? target.filter((t): t is string => typeof t === 'string' && t !== 'organizationId') : []
    const labels = fields.map((field) => labelOf?.([field]))
    const message = !labelOf
      ? `That ${fields.join(', ') || 'value'} is already taken.`
      : labels.length > 0 && labels.every(Boolean)
        ? `${labels.join(', ')}: this one is already taken.`
        : 'That value is already taken.'
    return new AppError('CONFLICT', message, { [fields.join(', ') || 'form']: ['Already taken.'] })
  }
  if (code === 'P2025') return new AppError('NOT_FOUND', 'Not found.')
  // Postgres refuses NUL characters in text (22021): the input is at fault, not the code.
  if (error instanceof Error && /Code: `22021`|invalid byte sequence for encoding "UTF8": 0x00/.test(error.message)) {
    return new AppError('INVALID', 'Text may not contain NUL (\\0) characters.')
  }
  if (isUnavailable(error)) return new AppError('UNAVAILABLE', 'The database is unavailable right now. Please try again in a moment.')
  return null
}
