/** Shown while the published plan loads. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="py-10 text-sm text-slate-600 dark:text-slate-300">
      Loading your sprint…
    </div>
  )
}
