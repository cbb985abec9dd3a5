'use client'

import { useCallback, useMemo } from 'react'
import { checkMove } from '@/lib/matching'
import type { PlanInput } from '@/lib/matching'
import type { AssignmentMap } from '@/lib/planner/types'
import { makeHumaniser } from '@/lib/planner/words'
import type { MoveVerdict } from './types'

/**
 * The engine's own checkMove, run in the browser on the plan input the page sent as plain data, so
 * the board says at once which hard rule a move breaks or which soft goal it costs. The server
 * checks again before saving.
 */
export function useMoveCheck(input: PlanInput, assignment: AssignmentMap, locked: readonly string[]) {
  // Built on the first check: a read-only board never checks a move, and a regex over every id is not free.
  const say = useMemo(() => {
    let humanise: ((text: string) => string) | null = null
    return (text: string) => (humanise ??= makeHumaniser(Object.fromEntries(input.items.map((i) => [i.id, i.title ?? i.id]))))(text)
  }, [input.items])
  const checkInput = useMemo(() => {
    const previous: Record<string, string> = {}
    for (const [itemId, to] of Object.entries(assignment)) if (to) previous[itemId] = to
    return { ...input, previous: { assignments: previous, locked } }
  }, [input, assignment, locked])
  return useCallback(
    (itemId: string, to: string | null): MoveVerdict => {
      const result = checkMove(checkInput, assignment, itemId, to)
      return result.allowed
        ? { allowed: true, objectiveDelta: result.objectiveDelta, warnings: result.warnings.map(say) }
        : { allowed: false, reason: say(result.reason) }
    },
    [checkInput, assignment, say],
  )
}
