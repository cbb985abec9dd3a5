'use client'

import { useState } from 'react'
import type { ActionFn } from '@/lib/core/action-result'
import type { BoardData, WhatIfPreview } from '@/lib/planner/types'
import { decodeBoard } from '@/lib/planner/wire'
import { PlannerBoard, type BoardActions } from './board'
import { PlanToolbar, type SavedVersion, type ToolbarActions } from './plan-toolbar'
import { WhatIfPanel } from './what-if-panel'

type WorkspaceActions = BoardActions & ToolbarActions & { preview: ActionFn<WhatIfPreview>; saveWhatIf: ActionFn<SavedVersion> }

/** Holds the plan's current revision so the toolbar and what-if act on what the board shows. */
export function PlannerWorkspace({
  board,
  canWrite,
  canPublish,
  actions,
}: {
  board: BoardData
  canWrite: boolean
  canPublish: boolean
  actions: WorkspaceActions
}) {
  const [revision, setRevision] = useState(board.revision)
  const [initial] = useState(() => decodeBoard(board.wire))
  const editable = canWrite && board.isLatest
  return (
    <>
      <PlanToolbar
        sprintId={board.sprintId}
        planId={board.planId}
        version={board.version}
        revision={revision}
        status={board.status}
        isLatest={board.isLatest}
        canWrite={canWrite}
        canPublish={canPublish}
        actions={actions}
      />
      {editable ? (
        <WhatIfPanel
          planId={board.planId}
          revision={revision}
          scenario={board.meta.scenario}
          engineers={initial.input.engineers.map((e) => ({ id: e.id, name: board.names[e.id] ?? e.id, hours: e.capacityHours }))}
          actions={{ preview: actions.preview, save: actions.saveWhatIf }}
        />
      ) : null}
      <PlannerBoard board={board} initial={initial} editable={editable} actions={actions} onRevision={setRevision} />
    </>
  )
}
