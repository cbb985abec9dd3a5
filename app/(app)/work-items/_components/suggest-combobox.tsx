'use client'

import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { inputClass } from '@/components/ui/field'
import type { SuggestField, Suggestion } from '@/lib/work-items/filters'

type Props = {
  id: string
  /** The form field (URL parameter) this fills. */
  name: string
  label: string
  field: SuggestField
  /** The current filter, shown on load. */
  initial: Suggestion | null
  placeholder: string
  /** Free text is a valid value (labels); otherwise only a picked match counts (members, by id). */
  freeText?: boolean
  /** Also send the box's text as `<name>Text`, for the server to pick a match from when JavaScript never ran. */
  sendsText?: boolean
  /** The filter bar's compact height; forms use the standard one. */
  dense?: boolean
  hint?: string
  errors?: string[]
}

/**
 * A filter input that asks the server for matches as you type (ARIA 1.2 combobox with a listbox),
 * so the page never carries every member or label of a large organisation. Keyboard: type, ↓/↑ move
 * through the matches, Enter picks one, Escape closes the list (or clears the field when it is closed).
 */
export function SuggestCombobox({
  id,
  name,
  label,
  field,
  initial,
  placeholder,
  freeText = false,
  sendsText = false,
  dense = false,
  hint,
  errors,
}: Props) {
  const [text, setText] = useState(initial?.label ?? '')
  const [value, setValue] = useState(initial?.value ?? '')
  const [options, setOptions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [status, setStatus] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const inflight = useRef<AbortController | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const listId = `${id}-listbox`
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined

  useEffect(
    () => () => {
      clearTimeout(timer.current)
      inflight.current?.abort()
    },
    [],
  )

  const search = (q: string) => {
    clearTimeout(timer.current)
    // A short pause so a fast typist sends one request, not one per key.
    timer.current = setTimeout(async () => {
      inflight.current?.abort()
      const controller = new AbortController()
      inflight.current = controller
      try {
        const response = await fetch(`/api/work-items/suggest?field=${field}&q=${encodeURIComponent(q)}`, { signal: controller.signal })
        if (!response.ok) throw new Error(`status ${response.status}`)
        const found = ((await response.json()) as { options: Suggestion[] }).options
        setOptions(found)
        setActive(-1)
        // The answer may land after focus moved on (typed, then Tab): the list then stays closed.
        setOpen(document.activeElement === input.current)
        setStatus(
          found.length
            ? `${found.length} ${found.length === 1 ? 'match' : 'matches'}; use the up and down arrows to choose.`
            : 'No matches.',
        )
        // Typing a whole name picks it, so Apply works without opening the list.
        const exact = found.find((o) => o.label.toLowerCase() === q.toLowerCase())
        if (exact && !freeText) setValue(exact.value)
      } catch {
        if (controller.signal.aborted) return
        setOptions([])
        setOpen(false)
        setStatus('Suggestions are unavailable right now.')
      }
    }, 150)
  }

  const choose = (option: Suggestion | null) => {
    setText(option?.label ?? '')
    setValue(option?.value ?? '')
    setOpen(false)
    setActive(-1)
    setStatus(option ? `${option.label} chosen.` : 'Cleared.')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = open ? options.length : 0
    if (event.key === 'ArrowDown') {
      if (count) setActive((a) => (a + 1) % count)
      else search(text)
    } else if (event.key === 'ArrowUp' && count) {
      setActive((a) => (a <= 0 ? count - 1 : a - 1))
    } else if (event.key === 'Enter' && count && active >= 0) {
      choose(options[active]) // picks instead of submitting; a second Enter applies the filters
    } else if (event.key === 'Escape' && (open || text)) {
      if (open) setOpen(false)
      else choose(null)
    } else {
      return
    }
    event.preventDefault()
  }

  return (
    <div className="relative space-y-1 text-sm">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        className={dense ? `${inputClass} py-1` : inputClass}
        name={freeText ? name : sendsText ? `${name}Text` : undefined}
        value={text}
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={errors?.length ? true : undefined}
        onChange={(e) => {
          setText(e.target.value)
          if (!freeText) setValue('')
          search(e.target.value.trim())
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {freeText ? null : <input type="hidden" name={name} value={value} />}
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} matches`}
        hidden={!open || options.length === 0}
        className="absolute z-20 mt-1 max-h-64 w-full min-w-48 overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg dark:border-slate-600 dark:bg-slate-900"
      >
        {options.map((option, index) => (
          <li
            key={option.value}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={`cursor-pointer px-3 py-1 ${index === active ? 'bg-blue-100 dark:bg-blue-900' : ''}`}
            // mousedown would blur the input (closing the list) before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.label}
          </li>
        ))}
      </ul>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {errors.join(' ')}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
