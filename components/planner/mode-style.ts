import type { Mode } from '@/lib/matching'

// Mode colours always come with a pattern and a text label (colour never carries meaning alone).
export const MODE_FILL: Record<Mode, string> = {
  orchestration: 'bg-orchestration pattern-orchestration',
  craft: 'bg-craft pattern-craft',
  hybrid: 'bg-hybrid pattern-hybrid',
}

export const MODE_ORDER: readonly Mode[] = ['craft', 'hybrid', 'orchestration']

export const fmtHours = (h: number) => `${Math.round(h * 10) / 10} h`
export const fmtPercent = (share: number) => `${Math.round(share * 100)}%`
export const fmtSigned = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(Math.round(n * 10) / 10)}`
