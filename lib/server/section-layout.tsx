import type { ReactNode } from 'react'
import { readOr404 } from '@/lib/server/read-or-404'
import { requirePageActor, type Actor } from '../auth/actor'
import type { Permission } from '../core/permissions'

type Params = Record<string, string>

/**
 * A layout that repeats its pages' permission check and that the row the URL names exists in the
 * actor's organisation (`find`; a NOT_FOUND read is the 404 page). Pages under a loading.tsx stream,
 * and once streaming has started a refusal can no longer change the status code; a check in the layout
 * runs before that, so a wrong role or an unknown id gets a real 404 (decision 0043). Each page still
 * runs its own guard and read.
 */
export function sectionLayout(permission: Permission, find: (actor: Actor, params: Params) => Promise<unknown>) {
  return async function SectionLayout({ children, params }: { children: ReactNode; params: Promise<Params> }) {
    const actor = await requirePageActor(permission)
    const values = await params
    await readOr404(() => find(actor, values))
    return children
  }
}
