'use client'

import { useDeferredValue, useMemo } from 'react'
import { Button } from '@/components/ui/button'
import { suggestWorkType } from '@/lib/work-items/classify'
import { WORK_TYPE_LABELS, type WorkType } from '@/lib/work-items/work-types'

/**
 * Suggests a work type from the title and description as the manager types (the pure classifier
 * runs in the browser), says why, and lets them accept it; they can always pick another type.
 */
export function TypeSuggestion({ title, description, current, onAccept }: { title: string; description: string; current: WorkType | ''; onAccept: (type: WorkType) => void }) {
  // Deferred so typing stays responsive while the classifier runs.
  const deferredTitle = useDeferredValue(title)
  const deferredDescription = useDeferredValue(description)
  const suggestion = useMemo(() => (deferredTitle.trim().length >= 3 ? suggestWorkType(deferredTitle, deferredDescription) : null), [deferredTitle, deferredDescription])

  return (
    <div aria-live="polite" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-800">
      {suggestion ? (
        <div className="flex flex-wrap items-start justify-between gap-2">
          <p>
            <span className="font-medium">Suggested type: {WORK_TYPE_LABELS[suggestion.type]}</span>{' '}
            <span className="text-slate-600 dark:text-slate-300">({Math.round(suggestion.confidence * 100)}% confident)</span>
            <br />
            <span className="text-slate-700 dark:text-slate-200">{suggestion.reason}</span>
          </p>
          {current === suggestion.type ? (
            <span className="text-green-800 dark:text-green-300">✓ Using this type</span>
          ) : (
            <Button variant="secondary" onClick={() => onAccept(suggestion.type)}>
              Use suggested type
            </Button>
          )}
        </div>
      ) : (
        <p className="text-slate-600 dark:text-slate-300">Type a title to get a work-type suggestion.</p>
      )}
    </div>
  )
}
