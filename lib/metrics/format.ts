// Number formatting for the dashboard's sentences and exports; pure and locale-stable.

export const formatHoursPlain = (hours: number) => {
  const r = Math.round(hours * 10) / 10
  return `${Number.isInteger(r) ? r : r.toFixed(1)} h`
}

export const formatShare = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`)

/** Shares in exports: a plain number 0..100 with one decimal, empty for "no data". */
export const sharePct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10)
