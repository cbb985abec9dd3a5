'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'
import type { ActionFn } from '@/lib/core/action-result'
import type { BoardData, EditedVersion, WhatIfPreview } from '@/lib/planner/types'
import { decodeBoard } from '@/lib/planner/wire'
import { PlannerBoard, versionOf, type BoardActions } from './board'
import { rememberDensity, type Density } from './density'
import { DensityControl } from './density-control'
import { DraftBanner } from './draft-banner'
import { PlanToolbar, type SavedVersion, type ToolbarActions } from './plan-toolbar'
import { WhatIfPanel } from './what-if-panel'

type WorkspaceActions = BoardActions & ToolbarActions & { preview: ActionFn<WhatIfPreview>; saveWhatIf: ActionFn<SavedVersion> }
type Props = { board: BoardData; canWrite: boolean; canPublish: boolean; actions: WorkspaceActions; density: Density }

/**
 * Holds the version the board is on, so the toolbar, what-if and the board act on what it shows. An
 * edit of the published version lands on a new draft (decision 0055): the workspace switches to it
 * and refreshes the page around it (versions list, banner) without redrawing the board, so the user
 * keeps their place. Any other board from the server (another version, a re-plan, a reload after a
 * conflict) starts the workspace afresh. The board's density (remembered in a cookie the page reads)
 * outlives such a fresh start.
 */
export function PlannerWorkspace({ board, density: remembered, ...rest }: Props) {
  const [density, setDensity] = useState(remembered)
  const [shown, setShown] = useState({ ...versionOf(board), generation: 0 })
  // The server's board last seen: a new one either catches up with edits made here, or starts afresh.
  const [server, setServer] = useState({ planId: board.planId, revision: board.revision })
  if (board.planId !== server.planId || board.revision !== server.revision) {
    setServer({ planId: board.planId, revision: board.revision })
    const catchesUp = board.planId === shown.planId && board.revision <= shown.revision
    if (!catchesUp) setShown({ ...versionOf(board), generation: shown.generation + 1 })
  }
  const router = useRouter()
  const onSaved = useCallback(
    (edited: EditedVersion) => {
      setShown((s) => ({ ...s, ...edited }))
      const url = new URL(window.location.href)
      if (url.searchParams.has('version')) {
        url.searchParams.set('version', String(edited.version))
        window.history.replaceState(null, '', url)
      }
      router.refresh()
    },
    [router],
  )
  const changeDensity = useCallback((chosen: Density) => {
    setDensity(chosen)
    rememberDensity(chosen)
  }, [])
  return (
    <WorkspaceBody
      key={shown.generation}
      board={board}
      shown={shown}
      onSaved={onSaved}
      density={density}
      onDensityChange={changeDensity}
      {...rest}
    />
  )
}

function WorkspaceBody({
  board,
  shown,
  onSaved,
  canWrite,
  canPublish,
  actions,
  density,
  onDensityChange,
}: Props & { shown: EditedVersion; onSaved: (edited: EditedVersion) => void; onDensityChange: (density: Density) => void }) {
  const [initial] = useState(() => decodeBoard(board.wire))
  const editable = canWrite && board.isLatest
  return (
    <>
      <PlanToolbar
        sprintId={board.sprintId}
        planId={shown.planId}
        version={shown.version}
        revision={shown.revision}
        status={shown.status}
        isLatest={board.isLatest}
        canWrite={canWrite}
        canPublish={canPublish}
        actions={actions}
      />
      <DraftBanner shown={shown} board={board} />
      {editable ? (
        <WhatIfPanel
          planId={shown.planId}
          revision={shown.revision}
          scenario={board.meta.scenario}
          engineers={initial.input.engineers.map((e) => ({ id: e.id, name: board.names[e.id] ?? e.id, hours: e.capacityHours }))}
          actions={{ preview: actions.preview, save: actions.saveWhatIf }}
          density={density}
        />
      ) : null}
      <DensityControl density={density} onChange={onDensityChange} />
      <PlannerBoard
        board={board}
        shown={shown}
        initial={initial}
        editable={editable}
        density={density}
        actions={actions}
        onSaved={onSaved}
      />
    </>
  )
}
