import Link from 'next/link'
import type { PendingPulseDTO } from '@/lib/db/survey/pulse'

/** A nudge towards the end-of-sprint pulse, shown wherever the engineer looks at their own data. */
export function PendingPulses({ pulses }: { pulses: PendingPulseDTO[] }) {
  if (pulses.length === 0) return null
  const names = new Intl.ListFormat('en').format(pulses.map((p) => p.sprintName))
  return (
    <p className="mb-6 rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 text-sm dark:border-slate-700 dark:bg-slate-900">
      {names} {pulses.length === 1 ? 'has' : 'have'} ended. How did it go?{' '}
      <Link href="/pulse" className="font-medium text-blue-700 underline dark:text-blue-300">
        Answer the sprint pulse
      </Link>{' '}
      (three clicks, under a minute).
    </p>
  )
}
