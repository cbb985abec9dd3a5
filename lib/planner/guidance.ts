import type { Mode } from '@/lib/matching'

// How to work on an item in each mode, in plain words for the engineer's "My sprint" page.

export const MODE_GUIDANCE: Readonly<Record<Mode, { headline: string; advice: string }>> = {
  craft: {
    headline: 'Deep craft: protect your focus',
    advice:
      'Block uninterrupted focus time of two hours or more, turn notifications off, and work it through yourself. Use agents only for lookups, not for the core of the problem.',
  },
  orchestration: {
    headline: 'Orchestration: decompose and delegate',
    advice:
      'Decompose the work into small, well-specified tasks and delegate them to agents in parallel. Review their output carefully before it merges: you own the result.',
  },
  hybrid: {
    headline: 'Hybrid: design yourself, delegate the routine',
    advice:
      'Do the design and the tricky parts yourself in a focus block, then hand the routine pieces (tests, wiring, docs) to agents and review what comes back.',
  },
}

/** One sentence on the engineer's deep-work share, with the 60% floor for craftspeople. */
export function deepWorkSentence(share: number, primaryType: Mode): string {
  const percent = Math.round(share * 100)
  if (primaryType === 'craft') {
    return percent >= 60
      ? `${percent}% of your sprint is deep work, above the 60% we protect for craftspeople.`
      : `${percent}% of your sprint is deep work, below the 60% we protect for craftspeople: talk to your manager.`
  }
  return `${percent}% of your sprint is deep work (time not spent orchestrating agents).`
}
