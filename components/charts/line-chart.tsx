'use client'

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { LINE_CHART_HEIGHT } from './sizes'

export type LineSeries = { key: string; label: string; color: string; dash?: string; marker: 'circle' | 'square' | 'triangle' | 'diamond' }
type LineRow = Record<string, string | number | null>

type DotProps = { cx?: number; cy?: number; value?: unknown }

/** Each series has its own marker shape and dash pattern as well as a colour. */
function marker(shape: LineSeries['marker'], color: string) {
  function MarkerDot({ cx, cy, value }: DotProps) {
    if (cx === undefined || cy === undefined || value === null || value === undefined) return <g />
    const d = {
      circle: `M ${cx - 4} ${cy} a 4 4 0 1 0 8 0 a 4 4 0 1 0 -8 0`,
      square: `M ${cx - 4} ${cy - 4} h 8 v 8 h -8 Z`,
      triangle: `M ${cx} ${cy - 5} L ${cx + 5} ${cy + 4} L ${cx - 5} ${cy + 4} Z`,
      diamond: `M ${cx} ${cy - 5} L ${cx + 5} ${cy} L ${cx} ${cy + 5} L ${cx - 5} ${cy} Z`,
    }[shape]
    return <path d={d} fill={color} stroke="#fff" strokeWidth={1} />
  }
  return MarkerDot
}

function LegendMarker({ s }: { s: LineSeries }) {
  return (
    <svg width={28} height={12} aria-hidden="true" focusable="false">
      <line x1={0} y1={6} x2={28} y2={6} stroke={s.color} strokeWidth={2} strokeDasharray={s.dash} />
      {marker(s.marker, s.color)({ cx: 14, cy: 6, value: 1 })}
    </svg>
  )
}

export function LineChartFigure({
  label,
  data,
  categoryKey,
  series,
  unit = '',
  max,
  height = LINE_CHART_HEIGHT,
}: {
  label: string
  data: LineRow[]
  categoryKey: string
  series: readonly LineSeries[]
  unit?: string
  max?: number
  height?: number
}) {
  return (
    <div>
      <div role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height={height}>
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 12, right: 48, left: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
            <XAxis dataKey={categoryKey} tick={{ fontSize: 11 }} interval={0} />
            <YAxis domain={[0, max ?? 'auto']} unit={unit} tick={{ fontSize: 12 }} width={48} />
            <Tooltip isAnimationActive={false} />
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={s.dash}
                dot={marker(s.marker, s.color)}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Legend">
        {series.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <LegendMarker s={s} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  )
}
