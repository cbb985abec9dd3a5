import type { ReactNode, Ref } from 'react'
import { laneRowClass, type Density } from './density'

/** A board's columns side by side in a labelled region that scrolls sideways and takes keyboard focus to do so. */
export function LaneRow({
  label,
  density,
  ref,
  children,
}: {
  label: string
  density: Density
  ref?: Ref<HTMLDivElement>
  children: ReactNode
}) {
  return (
    <div ref={ref} role="region" aria-label={label} tabIndex={0} className={`mt-2 flex overflow-x-auto pb-4 ${laneRowClass[density]}`}>
      {children}
    </div>
  )
}
