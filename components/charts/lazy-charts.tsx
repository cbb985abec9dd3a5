'use client'

import dynamic from 'next/dynamic'
import { useEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react'
import type { BarChartFigure } from './bar-chart'
import type { LineChartFigure } from './line-chart'
import { BAR_CHART_HEIGHT, LINE_CHART_HEIGHT } from './sizes'

// The charting library is most of a dashboard's JavaScript, and its charts sit below the fold. These
// islands send none of it with the page: each chart's code loads, and the chart renders, once its box
// nears the viewport. Until then the box keeps the chart's height (no layout shift) and its text
// alternative, so a screen reader, a no-script visitor and a chart never scrolled to all get the label;
// the data table beside every chart has the numbers.

const Bar = dynamic(() => import('./bar-chart').then((m) => m.BarChartFigure), { ssr: false })
const Line = dynamic(() => import('./line-chart').then((m) => m.LineChartFigure), { ssr: false })

/** Room for the legend under the plot, so the chart's arrival moves nothing below it. */
const LEGEND_ROOM = 48
/** Start loading a little before the chart scrolls into view. */
const AHEAD = '200px'

function WhenVisible({ label, height, children }: { label: string; height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return
        setVisible(true)
        observer.disconnect()
      },
      { rootMargin: AHEAD },
    )
    if (box.current) observer.observe(box.current)
    return () => observer.disconnect()
  }, [])
  return (
    <div ref={box} style={{ minHeight: height + LEGEND_ROOM }} data-chart-state={visible ? 'shown' : 'waiting'}>
      {visible ? children : <div role="img" aria-label={label} style={{ height }} />}
    </div>
  )
}

export function LazyBarChart(props: ComponentProps<typeof BarChartFigure>) {
  return (
    <WhenVisible label={props.label} height={props.height ?? BAR_CHART_HEIGHT}>
      <Bar {...props} />
    </WhenVisible>
  )
}

export function LazyLineChart(props: ComponentProps<typeof LineChartFigure>) {
  return (
    <WhenVisible label={props.label} height={props.height ?? LINE_CHART_HEIGHT}>
      <Line {...props} />
    </WhenVisible>
  )
}
