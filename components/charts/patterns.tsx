// Fill patterns so that no series is told apart by colour alone: every series has a colour AND a
// texture, and every chart also has a labelled legend and a data table beside it.

type PatternName = 'solid' | 'stripes' | 'dots' | 'lines' | 'crosshatch'

export interface SeriesStyle {
  key: string
  label: string
  color: string
  pattern: PatternName
}

/** Mode colours (globals.css theme) with the textures used for modes everywhere in the app. */
export const MODE_STYLES = {
  orchestration: { color: '#2563eb', pattern: 'stripes' },
  craft: { color: '#7c3aed', pattern: 'dots' },
  hybrid: { color: '#0f766e', pattern: 'lines' },
} as const satisfies Record<string, { color: string; pattern: PatternName }>

export const patternId = (prefix: string, key: string) => `${prefix}-${key}`

function Marks({ pattern }: { pattern: PatternName }) {
  const white = 'rgb(255 255 255 / 0.55)'
  switch (pattern) {
    case 'stripes':
      return <path d="M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6" stroke={white} strokeWidth={2} />
    case 'dots':
      return <circle cx={4} cy={4} r={1.6} fill={white} />
    case 'lines':
      return <path d="M0 2 H8 M0 6 H8" stroke={white} strokeWidth={1.5} />
    case 'crosshatch':
      return <path d="M0 0 L8 8 M8 0 L0 8" stroke={white} strokeWidth={1.2} />
    default:
      return null
  }
}

/** An invisible SVG holding one <pattern> per series; bars then use fill="url(#id)". */
export function PatternDefs({ prefix, series }: { prefix: string; series: readonly SeriesStyle[] }) {
  return (
    <svg width={0} height={0} aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        {series.map((s) => (
          <pattern key={s.key} id={patternId(prefix, s.key)} width={8} height={8} patternUnits="userSpaceOnUse">
            <rect width={8} height={8} fill={s.color} />
            <Marks pattern={s.pattern} />
          </pattern>
        ))}
      </defs>
    </svg>
  )
}

/** A legend in HTML (readable by screen readers and in high-contrast mode) with a swatch per series. */
export function ChartLegend({ prefix, series }: { prefix: string; series: readonly SeriesStyle[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Legend">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <svg width={14} height={14} aria-hidden="true" focusable="false">
            <rect width={14} height={14} fill={`url(#${patternId(prefix, s.key)})`} stroke="#334155" strokeWidth={0.5} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  )
}
