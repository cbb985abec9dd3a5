import type { ReactNode } from 'react'
import { requirePageActor } from './actor'
import type { Permission } from './permissions'

/**
 * A layout that repeats its pages' permission check. Pages under a loading.tsx stream, and once
 * streaming has started a refusal can no longer change the status code; a check in the layout runs
 * before that, so a role without access gets a real 404. Each page still runs its own guard.
 */
export function sectionLayout(permission: Permission) {
  return async function SectionLayout({ children }: { children: ReactNode }) {
    await requirePageActor(permission)
    return children
  }
}
