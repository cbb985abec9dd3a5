'use client'

import { forwardRef } from 'react'

export type SummaryError = { anchor: string; message: string }

const SHOWN = 6

/** Lists what still needs an answer, each linking to its question; focused on a failed submit. */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: SummaryError[]; message?: string }>(function ErrorSummary(
  { errors, message },
  ref,
) {
  if (errors.length === 0 && !message) return null
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">
        {message ??
          `Almost there: ${errors.length === 1 ? 'one question still needs' : `${errors.length} questions still need`} an answer.`}
      </p>
      {errors.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {errors.slice(0, SHOWN).map((error) => (
            <li key={error.anchor}>
              <a href={`#${error.anchor}`} className="underline">
                {error.message}
              </a>
            </li>
          ))}
          {errors.length > SHOWN ? <li>…and {errors.length - SHOWN} more, marked below.</li> : null}
        </ul>
      ) : null}
    </div>
  )
})
