'use client'

import { useId, useState } from 'react'
import { Button } from './button'
import { inputClass } from './field'

/**
 * A read-only value to copy: the field selects itself on focus (for when the clipboard is refused), the
 * button names what it copies to a screen reader, and the outcome is announced in words.
 */
export function CopyField({ id, label, value, hint }: { id?: string; label: string; value: string; hint?: string }) {
  const generatedId = useId()
  const fieldId = id ?? generatedId
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    )
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={fieldId}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className={`${inputClass} min-w-0 flex-1 font-mono text-xs`}
          aria-describedby={hint ? `${fieldId}-hint` : undefined}
        />
        <Button type="button" variant="secondary" onClick={copy}>
          Copy<span className="sr-only"> {label}</span>
        </Button>
      </div>
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <p role="status" className="text-xs">
        {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Could not copy: select the text and copy it.' : ''}
      </p>
    </div>
  )
}
