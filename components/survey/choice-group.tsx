'use client'

import type { ReactNode } from 'react'

export type ChoiceOption = { value: string; label: string }

type Props = {
  /** Anchor for the error summary's links. */
  id: string
  name: string
  legend: ReactNode
  options: readonly ChoiceOption[]
  value: string | undefined
  onChange: (value: string) => void
  error?: string
  /** Grid columns from the small breakpoint up; phones always stack. */
  columns?: 3 | 4 | 5
}

const gridColumns = { 3: 'sm:grid-cols-3', 4: 'sm:grid-cols-4', 5: 'sm:grid-cols-5' } as const

/**
 * One question as a fieldset of real radio inputs, so the browser gives keyboard users the
 * expected behaviour for free: Tab moves between questions, arrow keys between answers.
 * The chosen answer shows by the radio dot and a bold border, not by colour alone.
 */
export function ChoiceGroup({ id, name, legend, options, value, onChange, error, columns = 5 }: Props) {
  return (
    <fieldset
      id={id}
      aria-describedby={error ? `${id}-error` : undefined}
      className="scroll-mt-28 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <legend className="px-1 text-sm font-medium text-slate-900 dark:text-slate-100">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <div className={`mt-2 grid grid-cols-1 gap-2 ${gridColumns[columns]}`}>
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-2 has-[:checked]:border-blue-700 has-[:checked]:font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700 dark:border-slate-600 dark:has-[:checked]:border-blue-300"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="h-4 w-4 shrink-0 accent-blue-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
