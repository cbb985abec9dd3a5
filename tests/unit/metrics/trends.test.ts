import { describe, expect, it } from 'vitest'
import { sprintDates, trendLabel, uniqueLabels } from '@/lib/metrics/trend-labels'
import { shapeTrends, type SprintInfo } from '@/lib/metrics/trends'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const none = { orchestration: 0, craft: 0, hybrid: 0 }

const sprint = (teamId: string, name: string, slot: number, start: string, end: string): SprintInfo => ({
  sprintId: `${teamId}-${slot}`,
  teamId,
  teamName: teamId,
  name,
  startDate: day(start),
  endDate: day(end),
  status: slot === 1 ? 'ACTIVE' : 'CLOSED',
  slot,
  planStatus: null,
  demand: none,
  capacity: none,
  deliveredHours: 0,
  outcomes: { items: 0, onTime: 0, reworkHours: 0, defects: 0 },
})

describe('trend labels', () => {
  it('writes a sprint’s dates compactly, with years only when the range crosses one', () => {
    expect(sprintDates(day('2026-11-03'), day('2026-11-16'))).toBe('3–16 Nov')
    expect(sprintDates(day('2026-10-27'), day('2026-11-09'))).toBe('27 Oct – 9 Nov')
    expect(sprintDates(day('2026-12-22'), day('2027-01-04'))).toBe('22 Dec 2026 – 4 Jan 2027')
  })

  it('names up to two sprints and counts the rest', () => {
    const s = (name: string) => ({ name, startDate: day('2026-11-02'), endDate: day('2026-11-13') })
    expect(trendLabel([s('A · Sprint 4'), s('B · Sprint 9')])).toEqual({
      label: 'A · Sprint 4, B · Sprint 9 (2–13 Nov)',
      dates: '2–13 Nov',
    })
    expect(trendLabel([s('A'), s('B'), s('C'), s('D')]).label).toBe('A, B and 2 more (2–13 Nov)')
  })

  it('numbers repeats so no two labels are alike', () => {
    expect(uniqueLabels(['x', 'y', 'x', 'x'])).toEqual(['x', 'y', 'x #2', 'x #3'])
  })

  it('gives the organisation’s points unique labels even when two slots start on the same day', () => {
    // Team B's newest sprint starts the day team A's previous one does: both slots began "from 1 Nov".
    const sprints = [
      sprint('A', 'A · Sprint 2', 1, '2026-11-15', '2026-11-28'),
      sprint('A', 'A · Sprint 1', 2, '2026-11-01', '2026-11-14'),
      sprint('B', 'B · Sprint 7', 1, '2026-11-01', '2026-11-28'),
      sprint('B', 'B · Sprint 6', 2, '2026-10-04', '2026-10-31'),
    ]
    const points = shapeTrends('org', sprints, [])
    expect(points.map((p) => p.label)).toEqual(['A · Sprint 1, B · Sprint 6 (4 Oct – 14 Nov)', 'A · Sprint 2, B · Sprint 7 (1–28 Nov)'])
    expect(new Set(points.map((p) => p.dates)).size).toBe(2)
  })

  it('labels a team’s sprints by name and dates, and tells apart two sprints that share both', () => {
    const sprints = [sprint('A', 'Sprint', 1, '2026-11-15', '2026-11-28'), sprint('A', 'Sprint', 2, '2026-11-15', '2026-11-28')]
    expect(shapeTrends('team', sprints, []).map((p) => p.label)).toEqual(['Sprint (15–28 Nov)', 'Sprint (15–28 Nov) #2'])
  })
})
