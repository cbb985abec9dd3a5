import type { ReactNode } from 'react'

/**
 * The frame of something wider than a phone (a table): it scrolls sideways by itself so the page does
 * not, takes keyboard focus so it can be scrolled without a pointer, and is named for screen readers.
 * `relative` matters: visually hidden text inside is absolutely positioned and would otherwise escape
 * the frame and widen the whole page.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto">
      {children}
    </div>
  )
}
