// Display helpers shared by pages; pure and locale-stable so server and client render the same text.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

export const formatDate = (d: Date) => dateFormat.format(d)
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
/** A moment, for things saved several times a day (plan versions): "3 Dec 2026, 14:05 UTC". */
export const formatDateTime = (d: Date) => `${dateTimeFormat.format(d)} UTC`
export const formatDateRange = (start: Date, end: Date) => `${formatDate(start)} – ${formatDate(end)}`
export const formatHours = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1)} h`

export const PRIORITY_LABELS: Record<number, string> = { 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Urgent' }
export const SPRINT_STATUS_LABELS = { PLANNING: 'Planning', ACTIVE: 'Active', CLOSED: 'Closed' } as const
export const ITEM_STATUS_LABELS = { TODO: 'To do', IN_PROGRESS: 'In progress', DONE: 'Done' } as const

// The dashboard's sentences and exports: hours rounded to one decimal first, shares that may be missing.
export const formatHoursPlain = (hours: number) => {
  const r = Math.round(hours * 10) / 10
  return `${Number.isInteger(r) ? r : r.toFixed(1)} h`
}

export const formatShare = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`)

/** Shares in exports: a plain number 0..100 with one decimal, empty for "no data". */
export const sharePct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10)
