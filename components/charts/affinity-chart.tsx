'use client'

import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'

type AffinityBar = { label: string; value: number }

/**
 * The three affinities as horizontal bars. Purely visual: every page that shows it also shows
 * the same numbers as text, so the chart is hidden from assistive tech and takes no focus.
 */
export function AffinityChart({ data }: { data: AffinityBar[] }) {
  return (
    <div aria-hidden="true" className="h-40 w-full text-slate-900 dark:text-slate-100">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} stroke="currentColor" fontSize={12} />
          <YAxis type="category" dataKey="label" width={110} stroke="currentColor" fontSize={12} />
          <Bar dataKey="value" fill="#1d4ed8" radius={[0, 4, 4, 0]} isAnimationActive={false}>
            <LabelList dataKey="value" position="right" fill="currentColor" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
