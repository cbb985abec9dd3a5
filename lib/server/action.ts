import 'server-only'
import { revalidatePath } from 'next/cache'
import type { z } from 'zod'
import { requireActor, requireUser, type Actor, type SignedInUser } from '@/lib/auth/actor'
import type { Permission } from '@/lib/core/permissions'
import type { ActionResult } from '@/lib/core/action-result'
import { labelAt } from '@/lib/schemas/field-label'
import { toAppError } from './errors'
import { log } from '../log'
import { invalidateReads, type WriteScope } from '../db/read-cache'

// Every server action goes through here: parse input with zod, check the role (organisation from
// the session only), run one lib call, drop cached reads, revalidate, and answer with a closed set of error codes.

export type ActionMeta = { name: string; permission: Permission | 'signed-in' | 'public'; revalidate?: string[] }
type Action<T> = ((input: unknown) => Promise<ActionResult<T>>) & { meta: ActionMeta }

/**
 * FormData becomes a plain object; repeated keys (checkbox groups) become arrays. Field names are
 * the sender's: collected in a Map so names such as `toString[]` or `__proto__` are only data.
 */
export function formToObject(input: unknown): unknown {
  if (!(input instanceof FormData)) return input
  const fields = new Map<string, unknown>()
  for (const [key, value] of input.entries()) {
    if (key.startsWith('$ACTION')) continue
    if (!key.endsWith('[]')) {
      fields.set(key, value)
      continue
    }
    const name = key.slice(0, -2)
    const list = fields.get(name)
    if (Array.isArray(list)) list.push(value)
    else fields.set(name, [value])
  }
  return Object.fromEntries(fields)
}

/** A refusal names the field by the label the schema gives it, as the form shows it. */
function failure(error: unknown, name: string, schema: z.ZodType): ActionResult<never> {
  const appError = toAppError(error, (path) => labelAt(schema, path))
  if (appError) return { ok: false, code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors }
  log('error', 'action failed', { action: name, error })
  return { ok: false, code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' }
}

function isNextControlFlow(error: unknown) {
  const digest = (error as { digest?: unknown })?.digest
  return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_NOT_FOUND'))
}

async function run<S extends z.ZodType, T, Who>(
  meta: ActionMeta,
  schema: S,
  who: () => Promise<Who>,
  /** Whose cached reads a successful call makes stale: its organisation's, its user's organisations' (account changes such as a name or a joined organisation), or none (sign-in, sign-up). */
  wrote: (who: Who) => WriteScope,
  handler: (input: z.infer<S>, who: Who) => Promise<T>,
  raw: unknown,
): Promise<ActionResult<T>> {
  try {
    const subject = await who()
    const input = schema.parse(formToObject(raw))
    const data = await handler(input, subject)
    await invalidateReads(wrote(subject))
    for (const path of meta.revalidate ?? []) revalidatePath(path, 'layout')
    return { ok: true, data }
  } catch (error) {
    if (isNextControlFlow(error)) throw error
    return failure(error, meta.name, schema)
  }
}

/** An action for a member of the current organisation holding `permission`. */
export function defineAction<S extends z.ZodType, T>(
  meta: ActionMeta & { permission: Permission },
  schema: S,
  handler: (input: z.infer<S>, actor: Actor) => Promise<T>,
): Action<T> {
  const action = (raw: unknown) =>
    run(
      meta,
      schema,
      () => requireActor(meta.permission),
      (actor) => actor.orgId,
      handler,
      raw,
    )
  return Object.assign(action, { meta })
}

/** An action for any signed-in user, with or without an organisation (create organisation, account). */
export function defineUserAction<S extends z.ZodType, T>(
  meta: ActionMeta & { permission: 'signed-in' },
  schema: S,
  handler: (input: z.infer<S>, user: SignedInUser) => Promise<T>,
): Action<T> {
  const action = (raw: unknown) => run(meta, schema, requireUser, (user) => ({ user: user.userId }), handler, raw)
  return Object.assign(action, { meta })
}

/** An action anyone may call (sign-up, sign-in); it must do its own throttling. */
export function definePublicAction<S extends z.ZodType, T>(
  meta: ActionMeta & { permission: 'public' },
  schema: S,
  handler: (input: z.infer<S>) => Promise<T>,
): Action<T> {
  const action = (raw: unknown) =>
    run(
      meta,
      schema,
      async () => null,
      () => 'none',
      (input) => handler(input),
      raw,
    )
  return Object.assign(action, { meta })
}

export type { ActionResult }
