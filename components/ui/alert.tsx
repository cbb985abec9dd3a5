import type { ReactNode } from 'react'

type Tone = 'info' | 'success' | 'warning' | 'error'

const tones: Record<Tone, { box: string; label: string }> = {
  info: { box: 'border-blue-300 bg-blue-50 text-blue-900 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-100', label: 'Note' },
  success: {
    box: 'border-green-300 bg-green-50 text-green-900 dark:border-green-700 dark:bg-green-950 dark:text-green-100',
    label: 'Done',
  },
  warning: {
    box: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
    label: 'Warning',
  },
  error: { box: 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100', label: 'Error' },
}

/** A message box; the tone is spelled out in text, not only by colour. Errors are announced. */
export function Alert({ tone = 'info', children }: { tone?: Tone; children: ReactNode }) {
  const t = tones[tone]
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border px-3 py-2 text-sm ${t.box}`}>
      <span className="font-semibold">{t.label}: </span>
      {children}
    </div>
  )
}
