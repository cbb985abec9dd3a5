// Only the list streams behind this skeleton (the route group keeps it to the list). The pages below the
// section decide their 404s themselves (an unknown id, a role that may not write), and that has to
// happen before the first byte is sent: under a loading boundary the answer would be a 200.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">Loading work items…</span>
      <div className="h-8 w-48 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-24 rounded bg-slate-100 dark:bg-slate-800" />
      {Array.from({ length: 8 }, (_, i) => <div key={i} className="h-6 rounded bg-slate-100 dark:bg-slate-800" />)}
    </div>
  )
}
