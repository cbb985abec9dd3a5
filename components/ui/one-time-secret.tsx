'use client'

import { useState } from 'react'
import { Alert } from './alert'
import { Button } from './button'

/**
 * A secret the server keeps only as a hash or sealed, shown this once right after it was made: a
 * read-only field to select, a copy button whose outcome is announced, and the warning in words.
 */
export function OneTimeSecret({ id, label, secret }: { id: string; label: string; secret: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  const copy = () =>
    navigator.clipboard.writeText(secret).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    )
  return (
    <div className="space-y-2">
      <Alert tone="warning">Copy it now: you won’t see it again. Only a fingerprint of it is kept.</Alert>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        />
        <Button type="button" variant="secondary" onClick={copy}>
          Copy
        </Button>
      </div>
      <p role="status" className="text-xs">
        {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Could not copy: select the text and copy it.' : ''}
      </p>
    </div>
  )
}
