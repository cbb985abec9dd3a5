import type { ActionResult } from '@/lib/core/action-result'
import type { Explanation } from '@/lib/planner/types'

// Shapes shared by the board's client components.

export type MoveVerdict = { allowed: false; reason: string } | { allowed: true; warnings: string[]; objectiveDelta: number }
export type EngineerOption = { id: string; name: string }

export type CardHandlers = {
  check: (itemId: string, to: string | null) => MoveVerdict
  move: (itemId: string, to: string | null) => void
  toggleLock: (itemId: string, locked: boolean) => void
  togglePin: (itemId: string, pinned: boolean) => void
  dragStart: (itemId: string) => void
  /** The card's explanation, fetched when its "Why?" is first opened. */
  explain: (itemId: string) => Promise<ActionResult<Explanation>>
}
