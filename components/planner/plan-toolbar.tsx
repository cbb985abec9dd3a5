'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import type { ActionFn } from '@/lib/core/action-result'
import { movedWords } from '@/lib/planner/diff'
import { Button, buttonClass } from '@/components/ui/button'

export type SavedVersion = { planId: string; version: number; movedCount: number }
export type ToolbarActions = { replan: ActionFn<SavedVersion>; create: ActionFn<SavedVersion>; publish: ActionFn<{ revision: number }> }

type Props = {
  sprintId: string
  planId: string
  version: number
  revision: number
  status: 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED'
  isLatest: boolean
  canWrite: boolean
  canPublish: boolean
  actions: ToolbarActions
}

/** Plan from scratch, re-plan, publish and export; every call carries the version and revision shown. */
export function PlanToolbar({ sprintId, planId, version, revision, status, isLatest, canWrite, canPublish, actions }: Props) {
  const router = useRouter()
  const [message, setMessage] = useState<{ error: boolean; text: string; conflict?: boolean } | null>(null)
  const [pending, start] = useTransition()
  const base = `/sprints/${sprintId}/planner`

  const run = (label: string, call: () => Promise<Awaited<ReturnType<ActionFn<unknown>>>>, done: (data: never) => string) =>
    start(async () => {
      const result = await call()
      if (!result.ok) return setMessage({ error: true, text: result.message, conflict: result.code === 'CONFLICT' })
      setMessage({ error: false, text: done(result.data as never) })
      router.push(base)
      router.refresh()
    })

  return (
    <div className="mb-4 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="rounded border border-slate-400 px-2 py-1 text-sm font-medium" data-testid="plan-status">
          Version {version} · {status === 'DRAFT' ? 'Draft' : status === 'PUBLISHED' ? 'Published' : 'Superseded'}
        </span>
        {canWrite && isLatest ? (
          <>
            <Button
              variant="primary"
              disabled={pending}
              onClick={() =>
                run(
                  'replan',
                  () => actions.replan({ planId, revision }),
                  (d: SavedVersion) => `Version ${d.version} saved: ${movedWords(d.movedCount)}.`,
                )
              }
            >
              Re-plan
            </Button>
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() =>
                run(
                  'create',
                  () => actions.create({ sprintId, baseVersion: version }),
                  (d: SavedVersion) => `Version ${d.version} planned from scratch.`,
                )
              }
            >
              Plan from scratch
            </Button>
          </>
        ) : null}
        {canPublish && isLatest && status !== 'PUBLISHED' ? (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() =>
              run(
                'publish',
                () => actions.publish({ planId, revision }),
                () => `Version ${version} published to the team.`,
              )
            }
          >
            Publish
          </Button>
        ) : null}
        <a className={buttonClass('ghost')} href={`/api/export/plans?sprintId=${sprintId}&version=${version}&format=csv`} download>
          Export CSV
        </a>
        <Link className={buttonClass('ghost')} href={`${base}/compare?a=${Math.max(1, version - 1)}&b=${version}`}>
          Compare versions
        </Link>
        {!isLatest ? (
          <Link className={buttonClass('ghost')} href={base}>
            Go to the newest version
          </Link>
        ) : null}
      </div>
      <div role="status" aria-live="polite" className="text-sm" data-testid="toolbar-feedback">
        {pending ? (
          <p>Working…</p>
        ) : message ? (
          <p className={message.error ? 'text-red-800 dark:text-red-300' : 'text-green-800 dark:text-green-300'}>
            {message.error ? 'Error: ' : ''}
            {message.text}{' '}
            {message.conflict ? (
              <button type="button" className="underline" onClick={() => router.refresh()}>
                Reload the plan
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  )
}

/** The first plan of a sprint. */
export function FirstPlanButton({ sprintId, create }: { sprintId: string; create: ActionFn<SavedVersion> }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [pending, start] = useTransition()
  return (
    <div className="space-y-2">
      <Button
        variant="primary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await create({ sprintId, baseVersion: 0 })
            if (!result.ok) return setError(result.message)
            router.refresh()
          })
        }
      >
        {pending ? 'Planning…' : 'Plan'}
      </Button>
      <div role="status" aria-live="polite" className="text-sm text-red-800 dark:text-red-300">
        {error ? `Error: ${error}` : null}
      </div>
    </div>
  )
}
