import type { Mode } from '@/lib/matching'
import { MODE_LABELS } from '@/lib/core/work-types'
import { MODE_FILL } from './mode-style'

/** A patterned swatch plus the mode's name. */
export function ModeBadge({ mode }: { mode: Mode }) {
  return (
    <span className="inline-flex items-center gap-1">
      <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${MODE_FILL[mode]}`} />
      {MODE_LABELS[mode]}
    </span>
  )
}
