'use client'

import { useMemo, useState } from 'react'
import { balanceWords } from '@/lib/planner/balance-words'
import { buildLanes, initialLimits } from '@/lib/planner/board-state'
import type { WhatIfPreview } from '@/lib/planner/types'
import type { Density } from './density'
import { EngineerColumn, type LaneHandlers } from './engineer-column'
import { LaneRow } from './lane-row'
import { PlanDiffView } from './plan-diff'
import type { CardHandlers } from './types'

/** The what-if board (read only) and its diff against the current version. */
export function WhatIfResult({ preview, density }: { preview: WhatIfPreview; density: Density }) {
  const laneKeys = useMemo(() => [...preview.summaries.map((s) => s.engineerId), ''], [preview.summaries])
  const lanes = useMemo(
    () =>
      buildLanes(
        preview.summaries.map((s) => s.engineerId),
        preview.cards,
      ),
    [preview],
  )
  // Folded like the board itself. Lanes opened with "Show" stay open for this preview only.
  const limits = useMemo(() => initialLimits(laneKeys, lanes), [laneKeys, lanes])
  const [opened, setOpened] = useState<{ preview: WhatIfPreview; lanes: string[] }>({ preview, lanes: [] })
  const open = opened.preview === preview ? opened.lanes : []
  const laneHandlers = useMemo<LaneHandlers>(
    () => ({
      dragEnter: () => {},
      drop: () => {},
      showAll: (lane) => setOpened((o) => ({ preview, lanes: [...(o.preview === preview ? o.lanes : []), lane] })),
    }),
    [preview],
  )
  const titles = useMemo(() => Object.fromEntries(preview.cards.map((c) => [c.itemId, c.title])), [preview.cards])
  // A preview is not stored: its explanations came with it.
  const handlers = useMemo<CardHandlers>(() => {
    const byId = new Map(preview.cards.map((c) => [c.itemId, c]))
    return {
      check: () => ({ allowed: false, reason: 'Preview only.' }),
      move: () => {},
      toggleLock: () => {},
      togglePin: () => {},
      dragStart: () => {},
      explain: async (itemId) => {
        const card = byId.get(itemId)
        return card
          ? { ok: true, data: { reasons: card.reasons, alternative: card.alternative } }
          : { ok: false, code: 'NOT_FOUND', message: 'Not in this preview.' }
      },
    }
  }, [preview.cards])
  return (
    <section aria-labelledby="what-if-heading" className="mt-3 space-y-3" data-testid="what-if-result">
      <h2 id="what-if-heading" className="text-lg font-semibold">
        What-if against version {preview.baseVersion} (not saved)
      </h2>
      <ul className="list-disc pl-5 text-sm">
        {preview.why.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
        {preview.balance ? <li>{balanceWords(preview.balance)}</li> : null}
      </ul>
      {preview.unplanned.length ? (
        <p className="text-sm">Not planned: {preview.unplanned.map((u) => `${u.name} (${u.reason})`).join('; ')}</p>
      ) : null}
      <PlanDiffView diff={preview.diff} titles={titles} names={preview.names} labels={[`Version ${preview.baseVersion}`, 'What-if']} />
      <LaneRow label="What-if board" density={density}>
        {laneKeys.map((lane) => (
          <EngineerColumn
            key={lane || 'unassigned'}
            lane={lane}
            idPrefix="whatif-"
            title={lane ? (preview.names[lane] ?? 'Engineer') : 'Unassigned'}
            summary={preview.summaries.find((s) => s.engineerId === lane) ?? null}
            cards={lanes[lane] ?? []}
            names={preview.names}
            engineers={[]}
            editable={false}
            busyItem={null}
            dropVerdict={null}
            handlers={handlers}
            laneHandlers={laneHandlers}
            density={density}
            limit={open.includes(lane) ? Infinity : limits[lane]}
          />
        ))}
      </LaneRow>
    </section>
  )
}
