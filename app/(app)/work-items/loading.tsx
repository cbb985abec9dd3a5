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
