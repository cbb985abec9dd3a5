'use client'

import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartLegend, PatternDefs, patternId, type SeriesStyle } from './patterns'
import { BAR_CHART_HEIGHT } from './sizes'

type ChartRow = Record<string, string | number | null>

type Props = {
  /** Read by screen readers instead of the drawing; the data table beside the chart has the detail. */
  label: string
  data: ChartRow[]
  categoryKey: string
  series: readonly SeriesStyle[]
  stacked?: boolean
  /** Horizontal bars suit long category names (people). */
  horizontal?: boolean
  unit?: string
  max?: number
  reference?: { value: number; label: string }
  height?: number
}

/** Bars with a texture per series and values printed on them, so colour never carries meaning alone. */
export function BarChartFigure({
  label,
  data,
  categoryKey,
  series,
  stacked,
  horizontal,
  unit = '',
  max,
  reference,
  height = BAR_CHART_HEIGHT,
}: Props) {
  const prefix = useId().replace(/:/g, '')
  const valueAxis = { type: 'number' as const, domain: [0, max ?? 'auto'] as [number, number | 'auto'], unit, tick: { fontSize: 12 } }
  const categoryAxis = { type: 'category' as const, dataKey: categoryKey, tick: { fontSize: 12 }, interval: 0 as const }
  return (
    <div>
      <PatternDefs prefix={prefix} series={series} />
      <div role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={data}
            layout={horizontal ? 'vertical' : 'horizontal'}
            accessibilityLayer={false}
            margin={{ top: 16, right: 24, left: 8, bottom: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
            {horizontal ? <XAxis {...valueAxis} /> : <XAxis {...categoryAxis} />}
            {horizontal ? <YAxis {...categoryAxis} width={150} /> : <YAxis {...valueAxis} width={48} />}
            <Tooltip isAnimationActive={false} />
            {reference ? (
              <ReferenceLine
                {...(horizontal ? { x: reference.value } : { y: reference.value })}
                stroke="#b91c1c"
                strokeDasharray="6 3"
                label={{ value: reference.label, position: 'top', fontSize: 12, fill: '#7f1d1d' }}
              />
            ) : null}
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId={stacked ? 'stack' : undefined}
                fill={`url(#${patternId(prefix, s.key)})`}
                stroke={s.color}
                isAnimationActive={false}
              >
                {stacked ? null : <LabelList dataKey={s.key} position={horizontal ? 'right' : 'top'} fontSize={11} fill="#334155" />}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend prefix={prefix} series={series} />
    </div>
  )
}
