'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { ActionFn } from '@/lib/core/action-result'
import { buildLanes, initialLimits, laneOf, mergeSummaries, replaceCard, type Lanes } from '@/lib/planner/board-state'
import { scoreItem, summariseEngineers } from '@/lib/planner/summarise'
import type { AssignmentMap, BoardData, CardView, EditedVersion, Explanation, MoveResult } from '@/lib/planner/types'
import type { DecodedBoard } from '@/lib/planner/wire'
import type { Density } from './density'
import { EngineerColumn, type LaneHandlers } from './engineer-column'
import { LaneRow } from './lane-row'
import { fmtSigned } from './mode-style'
import type { CardHandlers, MoveVerdict } from './types'
import { useMoveCheck } from './use-move-check'

export type BoardActions = {
  move: ActionFn<MoveResult>
  lock: ActionFn<EditedVersion>
  pin: ActionFn<EditedVersion & { pinnedTo: string | null }>
  explain: ActionFn<Explanation>
}
/** The version fields of a board or of an edit's answer (which travel up to the workspace). */
export const versionOf = ({ planId, version, revision, status }: EditedVersion): EditedVersion => ({ planId, version, revision, status })
type Feedback = { tone: 'ok' | 'warn' | 'error'; text: string; conflict?: boolean }

/** False while the server renders (and while the browser hydrates that HTML), true from then on. */
const subscribeNever = () => () => {}
const useLive = () =>
  useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  )

/**
 * The interactive board: moves by drag and drop or the "Assign to…" menu, locks and pins. Each edit
 * names the version shown (`shown`); the answer says which version it landed on (a new draft when
 * the shown one was published) and goes to `onSaved`.
 */
export function PlannerBoard({
  board,
  shown,
  initial,
  editable,
  density,
  actions,
  onSaved,
}: {
  board: BoardData
  shown: EditedVersion
  initial: DecodedBoard
  editable: boolean
  density: Density
  actions: BoardActions
  onSaved: (edited: EditedVersion) => void
}) {
  const router = useRouter()
  const [input, setInput] = useState(initial.input)
  const [lanes, setLanes] = useState<Lanes>(() =>
    buildLanes(
      initial.input.engineers.map((e) => e.id),
      initial.cards,
    ),
  )
  const [cards, setCards] = useState<Record<string, CardView>>(() => Object.fromEntries(initial.cards.map((c) => [c.itemId, c])))
  const [summaries, setSummaries] = useState(() =>
    mergeSummaries({}, summariseEngineers(initial.input, Object.fromEntries(initial.cards.map((c) => [c.itemId, c.engineerId])))),
  )
  const laneKeys = useMemo(() => [...input.engineers.map((e) => e.id), ''], [input.engineers])
  const [limits, setLimits] = useState(() => initialLimits(laneKeys, lanes))
  const [objective, setObjective] = useState(board.objective)
  const [pending, setPending] = useState<string | null>(null)
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const [drop, setDrop] = useState<{ lane: string; verdict: MoveVerdict } | null>(null)
  const dragItem = useRef<string | null>(null)
  const [focusItem, setFocusItem] = useState<string | null>(null)
  // "Show every card" removes its own button: focus goes to the board it opened.
  const boardRef = useRef<HTMLDivElement>(null)

  const assignment = useMemo<AssignmentMap>(() => Object.fromEntries(Object.values(cards).map((c) => [c.itemId, c.engineerId])), [cards])
  const locked = useMemo(
    () =>
      Object.values(cards)
        .filter((c) => c.locked && c.engineerId)
        .map((c) => c.itemId),
    [cards],
  )
  const check = useMoveCheck(input, assignment, locked)
  const engineers = useMemo(
    () => input.engineers.map((e) => ({ id: e.id, name: board.names[e.id] ?? e.name ?? e.id })),
    [input.engineers, board.names],
  )

  // Handlers read the newest state through this ref so their identity never changes (memoised cards).
  const latest = useRef({ check, cards, shown, input })
  useEffect(() => {
    latest.current = { check, cards, shown, input }
  })
  // After a move the card lives in another column: put keyboard focus back on it there (after commit).
  useEffect(() => {
    if (!focusItem) return
    document.getElementById(`card-${focusItem}`)?.focus()
    setFocusItem(null)
  }, [focusItem, lanes])

  const fail = useCallback((result: { code: string; message: string }) => {
    setFeedback({ tone: 'error', text: result.message, conflict: result.code === 'CONFLICT' })
  }, [])

  const move = useCallback(
    async (itemId: string, to: string | null) => {
      const { check: checkNow, cards: now, shown: at, input: inputNow } = latest.current
      const card = now[itemId]
      const verdict = checkNow(itemId, to)
      if (!card) return
      if (!verdict.allowed) return setFeedback({ tone: 'error', text: `Refused: ${verdict.reason}` })
      setPending(itemId)
      const result = await actions.move({ planId: at.planId, revision: at.revision, itemId, toMembershipId: to })
      setPending(null)
      if (!result.ok) return fail(result)
      const score = scoreItem(inputNow, itemId, to)
      const toName = to ? (board.names[to] ?? 'them') : 'Unassigned'
      // The server stored the move's reasons; "Why?" reads them when opened.
      const updated: CardView = { ...card, engineerId: to, fit: score.fit, note: to ? null : 'Taken off the plan by hand.' }
      const nextCards = { ...now, [itemId]: updated }
      setCards(nextCards)
      setLanes((l) => replaceCard(l, card, updated))
      setLimits((l) => ({ ...l, [laneOf(to)]: Infinity }))
      setSummaries((s) =>
        mergeSummaries(s, summariseEngineers(inputNow, Object.fromEntries(Object.values(nextCards).map((c) => [c.itemId, c.engineerId])))),
      )
      onSaved(versionOf(result.data))
      setObjective(result.data.objective)
      const warn = result.data.warnings.length ? ` Warning: ${result.data.warnings.join(' ')}` : ''
      setFeedback({
        tone: warn ? 'warn' : 'ok',
        text: `Moved “${card.title}” to ${toName}. Objective ${fmtSigned(result.data.objectiveDelta)}.${warn}`,
      })
      setFocusItem(itemId)
    },
    [actions, board.names, fail, onSaved],
  )

  const toggle = useCallback(
    async (itemId: string, kind: 'lock' | 'pin', on: boolean) => {
      const { cards: now, shown: at } = latest.current
      const card = now[itemId]
      if (!card) return
      setPending(itemId)
      const result =
        kind === 'lock'
          ? await actions.lock({ planId: at.planId, revision: at.revision, itemId, locked: on })
          : await actions.pin({ planId: at.planId, revision: at.revision, itemId, pinned: on })
      setPending(null)
      if (!result.ok) return fail(result)
      const pinnedTo = kind === 'pin' ? (on ? card.engineerId : null) : card.pinnedTo
      const updated: CardView = { ...card, locked: kind === 'lock' ? on : card.locked, pinnedTo }
      setCards((c) => ({ ...c, [itemId]: updated }))
      setLanes((l) => replaceCard(l, card, updated))
      if (kind === 'pin') setInput((i) => ({ ...i, items: i.items.map((it) => (it.id === itemId ? { ...it, pinnedTo } : it)) }))
      onSaved(versionOf(result.data))
      setFeedback({
        tone: 'ok',
        text: `${on ? (kind === 'lock' ? 'Locked' : 'Pinned') : kind === 'lock' ? 'Unlocked' : 'Unpinned'} “${card.title}”.`,
      })
    },
    [actions, fail, onSaved],
  )

  const handlers = useMemo<CardHandlers>(
    () => ({
      check: (itemId, to) => latest.current.check(itemId, to),
      move: (itemId, to) => void move(itemId, to),
      toggleLock: (itemId, on) => void toggle(itemId, 'lock', on),
      togglePin: (itemId, on) => void toggle(itemId, 'pin', on),
      dragStart: (itemId) => {
        dragItem.current = itemId
      },
      // A draft just opened holds copies of the published version's reasons: read the version shown.
      explain: (itemId) => actions.explain({ planId: latest.current.shown.planId, itemId }),
    }),
    [move, toggle, actions],
  )

  const laneHandlers = useMemo<LaneHandlers>(
    () => ({
      dragEnter: (lane) => {
        const itemId = dragItem.current
        const card = itemId ? latest.current.cards[itemId] : undefined
        if (!card || laneOf(card.engineerId) === lane) return setDrop(null)
        setDrop({ lane, verdict: latest.current.check(card.itemId, lane || null) })
      },
      drop: (lane) => {
        const itemId = dragItem.current
        dragItem.current = null
        setDrop(null)
        if (itemId) void move(itemId, lane || null)
      },
      showAll: (lane) => setLimits((l) => ({ ...l, [lane]: Infinity })),
    }),
    [move],
  )

  const folded = laneKeys.reduce((sum, lane) => sum + Math.max(0, (lanes[lane]?.length ?? 0) - limits[lane]), 0)
  // A large board's folded columns (a balance line and a button each) are drawn in the browser, not in
  // the server's HTML: they are most of a 400-item board's markup, and their buttons need JavaScript.
  const live = useLive()
  const deferred = live ? [] : laneKeys.filter((lane) => limits[lane] === 0)
  return (
    <div
      onDragEnd={() => {
        dragItem.current = null
        setDrop(null)
      }}
    >
      <p className="mb-2 text-sm">
        Objective (total value):{' '}
        <span className="font-semibold" data-testid="objective">
          {Math.round(objective * 10) / 10}
        </span>{' '}
        · revision {shown.revision}
        {folded ? (
          <>
            {' '}
            · {folded} card(s) folded away on this large board.{' '}
            <button
              type="button"
              className="underline"
              onClick={() => {
                setLimits(Object.fromEntries(laneKeys.map((lane) => [lane, Infinity])))
                boardRef.current?.focus()
              }}
            >
              Show every card
            </button>
          </>
        ) : null}
      </p>
      <div role="status" aria-live="polite" className="min-h-6 text-sm" data-testid="move-feedback">
        {feedback ? (
          <p
            className={
              feedback.tone === 'error'
                ? 'text-red-800 dark:text-red-300'
                : feedback.tone === 'warn'
                  ? 'text-amber-900 dark:text-amber-200'
                  : 'text-green-800 dark:text-green-300'
            }
          >
            {feedback.tone === 'error' ? 'Error: ' : ''}
            {feedback.text}{' '}
            {feedback.conflict ? (
              <button type="button" className="underline" onClick={() => router.refresh()}>
                Reload the plan
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      <LaneRow ref={boardRef} label="Plan board: one column per engineer, then Unassigned" density={density}>
        {laneKeys.map((lane) =>
          deferred.includes(lane) ? (
            lane === deferred[0] ? (
              <p key="deferred" role="status" className="w-52 shrink-0 p-2 text-sm">{`Loading ${deferred.length} folded column(s)…`}</p>
            ) : null
          ) : (
            <EngineerColumn
              key={lane || 'unassigned'}
              lane={lane}
              title={lane ? (board.names[lane] ?? 'Engineer') : 'Unassigned'}
              summary={lane ? (summaries[lane] ?? null) : null}
              cards={lanes[lane] ?? []}
              names={board.names}
              engineers={engineers}
              editable={editable}
              busyItem={pending && laneOf(cards[pending]?.engineerId ?? null) === lane ? pending : null}
              dropVerdict={drop?.lane === lane ? drop.verdict : null}
              handlers={handlers}
              laneHandlers={laneHandlers}
              density={density}
              limit={limits[lane] ?? Infinity}
            />
          ),
        )}
      </LaneRow>
    </div>
  )
}
