'use client'

import { buttonClass } from '@/components/ui/button'

// Shown instead of any stack trace. The digest lets support find the matching server log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Plural is having trouble right now</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        We could not load this page. If the database is restarting this clears up on its own within a minute.
      </p>
      {error.digest ? <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className={buttonClass('primary', 'mt-6')}>
        Try again
      </button>
    </main>
  )
}
