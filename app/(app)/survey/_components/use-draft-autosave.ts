'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import type { ActionResult } from '@/lib/core/action-result'
import type { SurveyDraft } from '@/lib/schemas/survey'

const DEBOUNCE_MS = 800

type SaveStatus = 'idle' | 'saving' | 'saved' | 'error'

/**
 * Saves the draft a moment after the last change, so a phone that locks or a closed tab loses
 * nothing. `stop` cancels a pending save and waits for one in flight, so a late draft save
 * cannot land after the submission (which deletes drafts) and resurrect an old draft.
 */
export function useDraftAutosave(draft: SurveyDraft, save: (draft: SurveyDraft) => Promise<ActionResult>) {
  const [status, setStatus] = useState<SaveStatus>('idle')
  const serialized = JSON.stringify(draft)
  const lastSaved = useRef(serialized)
  const stopped = useRef(false)
  const inFlight = useRef<Promise<void>>(Promise.resolve())
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => {
    if (stopped.current || serialized === lastSaved.current) return
    timer.current = setTimeout(() => {
      setStatus('saving')
      inFlight.current = save(JSON.parse(serialized) as SurveyDraft)
        .then((result) => {
          if (result.ok) lastSaved.current = serialized
          setStatus(result.ok ? 'saved' : 'error')
        })
        .catch(() => setStatus('error'))
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer.current)
  }, [serialized, save])

  const stop = useCallback(async () => {
    stopped.current = true
    clearTimeout(timer.current)
    await inFlight.current
  }, [])
  const resume = useCallback(() => {
    stopped.current = false
  }, [])

  return { status, stop, resume }
}

export const SAVE_STATUS_TEXT: Record<SaveStatus, string> = {
  idle: 'Your answers save automatically as a draft.',
  saving: 'Saving your draft…',
  saved: 'Draft saved. You can come back and finish later.',
  error: 'Could not save the draft just now; your answers are still here.',
}
