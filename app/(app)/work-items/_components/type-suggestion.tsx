'use client'

import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { Button } from '@/components/ui/button'
import { suggestWorkType, type WorkTypeSuggestion } from '@/lib/work-items/classify'
import { WORK_TYPE_LABELS, type WorkType } from '@/lib/core/work-types'

/** Quiet time after the last keystroke before asking the server for the organisation's suggestion. */
const ASK_AFTER_MS = 400

/** The organisation's learned suggestion for the texts, or undefined while unknown (then the rules show). */
function useLearnedSuggestion(title: string, description: string) {
  const [answer, setAnswer] = useState<{ key: string; suggestion: WorkTypeSuggestion | null } | null>(null)
  const key = `${title}\u0000${description}`
  useEffect(() => {
    if (title.trim().length < 3) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      const query = new URLSearchParams({ title: title.trim().slice(0, 300), description: description.slice(0, 2_000) })
      try {
        const response = await fetch(`/api/work-items/type-suggestion?${query}`, { signal: controller.signal })
        if (response.ok) setAnswer({ key, suggestion: ((await response.json()) as { suggestion: WorkTypeSuggestion | null }).suggestion })
      } catch {
        // Offline or aborted: the rules' suggestion stays.
      }
    }, ASK_AFTER_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [key, title, description])
  return answer?.key === key ? answer.suggestion : undefined
}

/**
 * Suggests a work type from the title and description as the manager types, says why, and lets them
 * accept it. The rules run in the browser at once; the organisation's own suggestion (its model,
 * learned from the types its people saved) replaces them when the server answers. Below the
 * confidence threshold it says "not sure" and offers the two likeliest types instead of guessing.
 */
export function TypeSuggestion({
  title,
  description,
  current,
  onAccept,
}: {
  title: string
  description: string
  current: WorkType | ''
  onAccept: (type: WorkType) => void
}) {
  // Deferred so typing stays responsive while the classifier runs.
  const deferredTitle = useDeferredValue(title)
  const deferredDescription = useDeferredValue(description)
  const rules = useMemo(
    () => (deferredTitle.trim().length >= 3 ? suggestWorkType(deferredTitle, deferredDescription) : null),
    [deferredTitle, deferredDescription],
  )
  const learned = useLearnedSuggestion(deferredTitle, deferredDescription)
  const suggestion = learned !== undefined ? learned : rules

  return (
    <div aria-live="polite" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-800">
      {suggestion ? (
        <div className="flex flex-wrap items-start justify-between gap-2">
          <p>
            {suggestion.type ? (
              <>
                <span className="font-medium">Suggested type: {WORK_TYPE_LABELS[suggestion.type]}</span>{' '}
                <span className="text-slate-600 dark:text-slate-300">({Math.round(suggestion.confidence * 100)}% likely)</span>
              </>
            ) : (
              <span className="font-medium">
                Not sure:{' '}
                {suggestion.alternatives
                  .slice(0, 2)
                  .map((a) => `${WORK_TYPE_LABELS[a.type]} (${Math.round(a.confidence * 100)}%)`)
                  .join(' or ')}
              </span>
            )}
            {suggestion.reasons.map((reason) => (
              <span key={reason} className="block text-slate-700 dark:text-slate-200">
                {reason}
              </span>
            ))}
          </p>
          <div className="flex flex-wrap gap-2">
            {(suggestion.type ? [suggestion.type] : suggestion.alternatives.slice(0, 2).map((a) => a.type)).map((type) =>
              current === type ? (
                <span key={type} className="text-green-800 dark:text-green-300">
                  ✓ Using {WORK_TYPE_LABELS[type]}
                </span>
              ) : (
                <Button key={type} variant="secondary" onClick={() => onAccept(type)}>
                  {suggestion.type ? 'Use suggested type' : `Use ${WORK_TYPE_LABELS[type]}`}
                </Button>
              ),
            )}
          </div>
        </div>
      ) : (
        <p className="text-slate-600 dark:text-slate-300">Type a title to get a work-type suggestion.</p>
      )}
    </div>
  )
}
