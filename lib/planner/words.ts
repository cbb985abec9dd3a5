import { WORK_TYPES } from '@/lib/matching/types'
import { WORK_TYPE_LABELS } from '@/lib/work-items/work-types'

// The engine's messages name items by id and types by their code (they are also read by scripts);
// the board shows titles and labels instead.

const TYPE_PATTERN = new RegExp(`\\b(${WORK_TYPES.join('|')})\\b`, 'g')

export function humanise(text: string, titles: Readonly<Record<string, string>>): string {
  let out = text
  for (const [id, title] of Object.entries(titles)) {
    if (!out.includes(id)) continue
    out = out.split(`"${title}" (${id})`).join(`“${title}”`).split(id).join(`“${title}”`)
  }
  return out.replace(TYPE_PATTERN, (code) => WORK_TYPE_LABELS[code as keyof typeof WORK_TYPE_LABELS])
}
