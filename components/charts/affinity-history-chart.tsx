'use client'

import { Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts'

type AffinityPoint = { date: string; orchestration: number; craft: number; hybrid: number }

// Each line differs by dash pattern and marker as well as colour, so colour never carries the meaning alone.
const LINES = [
  { key: 'orchestration', name: 'Orchestration', color: '#1d4ed8', dash: undefined, dot: { r: 4 } },
  { key: 'craft', name: 'Deep craft', color: '#b45309', dash: '6 3', dot: { r: 4, strokeWidth: 2 } },
  { key: 'hybrid', name: 'Hybrid', color: '#047857', dash: '2 3', dot: { r: 3 } },
] as const

/** How the affinities changed over retakes, oldest first; the page shows the same figures in a table. */
export function AffinityHistoryChart({ data }: { data: AffinityPoint[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full text-slate-900 dark:text-slate-100">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <XAxis dataKey="date" stroke="currentColor" fontSize={12} />
          <YAxis domain={[0, 100]} ticks={[0, 50, 100]} stroke="currentColor" fontSize={12} width={32} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {LINES.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.name}
              stroke={line.color}
              strokeDasharray={line.dash}
              dot={line.dot}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
