// How much of a board fits on a screen. Comfortable columns are wide enough for the full balance;
// compact ones share the screen's width, so ten engineers and Unassigned fit on a 1600 px screen.
// The choice is kept in a cookie so the server draws the board at the remembered density at once
// (decision 0060).

export type Density = 'comfortable' | 'compact'
export const DENSITIES: readonly Density[] = ['comfortable', 'compact']
export const DENSITY_LABELS: Record<Density, string> = { comfortable: 'Comfortable', compact: 'Compact' }

const DENSITY_COOKIE = 'planner-density'
const A_YEAR_IN_SECONDS = 365 * 24 * 60 * 60

/** The remembered density read from the request's cookies; anything else (no cookie, an old value) is comfortable. */
export const densityFrom = (cookies: { get: (name: string) => { value: string } | undefined }): Density =>
  cookies.get(DENSITY_COOKIE)?.value === 'compact' ? 'compact' : 'comfortable'

/** Remembers the density in this browser for the next visit (called from an event handler only). */
export function rememberDensity(density: Density) {
  document.cookie = `${DENSITY_COOKIE}=${density}; path=/; max-age=${A_YEAR_IN_SECONDS}; samesite=lax`
}

/** A column's width: fixed when comfortable (narrower when folded), an equal share of the row when compact. */
export const columnWidthClass = (density: Density, folded: boolean) =>
  density === 'compact' ? 'min-w-32 flex-1 basis-0' : folded ? 'w-52 shrink-0' : 'w-72 shrink-0'

/**
 * The gap between columns, and room kept free at the row's end for the Unassigned lane, which stays
 * there while the row scrolls: a card brought into view (by keyboard focus, say) is not hidden under it.
 */
export const laneRowClass: Record<Density, string> = {
  comfortable: 'gap-3 scroll-pr-[18.75rem]',
  compact: 'gap-2 scroll-pr-[8.5rem]',
}
