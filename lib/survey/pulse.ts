/**
 * The end-of-sprint pulse: three one-click questions and an optional comment,
 * answerable in under a minute. Shares are asked as 20-point bands because
 * nobody knows their week to the percent, and one click beats a slider.
 *
 * Aggregates are plain arithmetic; callers must still pass every group through
 * `suppressOverlappingGroups` (anonymity.ts) before showing it. Comments are private to
 * their author and are never aggregated.
 */
export const PULSE_VERSION = 1

export const SHARE_BANDS = ['0-20', '20-40', '40-60', '60-80', '80-100'] as const

export type ShareBand = (typeof SHARE_BANDS)[number]

export const SHARE_BAND_LABELS: Readonly<Record<ShareBand, string>> = {
  '0-20': '0–20%',
  '20-40': '20–40%',
  '40-60': '40–60%',
  '60-80': '60–80%',
  '80-100': '80–100%',
}

/** Each band counts as its middle value when averaging. */
const BAND_MIDPOINTS: Readonly<Record<ShareBand, number>> = {
  '0-20': 10,
  '20-40': 30,
  '40-60': 50,
  '60-80': 70,
  '80-100': 90,
}

export const ENERGY_LABELS: Readonly<Record<number, string>> = {
  1: 'Drained',
  2: 'Tired',
  3: 'Okay',
  4: 'Good',
  5: 'Energised',
}

export const ENERGY_MIN = 1
export const ENERGY_MAX = 5
export const PULSE_COMMENT_MAX_LENGTH = 1000

export const PULSE_QUESTIONS = [
  {
    id: 'deepWorkShare',
    kind: 'share',
    text: 'How much of this sprint did you spend in uninterrupted deep work, in blocks of 2 hours or more?',
  },
  { id: 'preferredModeShare', kind: 'share', text: 'How much of this sprint was in the way of working you prefer?' },
  { id: 'energy', kind: 'energy', text: 'How is your energy at the end of this sprint?' },
  { id: 'comment', kind: 'comment', text: 'Anything you would like to add? Only you can see this.' },
] as const

/** The stored share (0..1) for a chosen band: its midpoint, as PulseResponse keeps a number. */
export function bandToShare(band: ShareBand): number {
  return BAND_MIDPOINTS[band] / 100
}

/** The band a stored share falls in (a midpoint maps back to its own band); for aggregating rows. */
export function shareToBand(share: number): ShareBand {
  const pct = Math.min(100, Math.max(0, share * 100))
  const index = Math.min(SHARE_BANDS.length - 1, Math.floor(pct / 20))
  return SHARE_BANDS[index]
}
