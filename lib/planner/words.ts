import { WORK_TYPES } from '@/lib/matching'
import { WORK_TYPE_LABELS } from '@/lib/core/work-types'

// The engine's messages name items by id and types by their code (they are also read by scripts);
// the board shows titles and labels instead.

const TYPE_PATTERN = new RegExp(`\\b(${WORK_TYPES.join('|')})\\b`, 'g')
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One regular expression for all ids, built once per plan: a plan's reasons are hundreds of strings. */
export function makeHumaniser(titles: Readonly<Record<string, string>>): (text: string) => string {
  const ids = Object.keys(titles).sort((a, b) => b.length - a.length)
  const alternation = ids.map(escape).join('|')
  // The engine writes `"Title" (id)` or a bare id; both become the title in curly quotes.
  const idPattern = ids.length ? new RegExp(`"[^"\\n]*" \\((${alternation})\\)|(${alternation})`, 'g') : null
  return (text) => {
    const named = idPattern
      ? text.replace(idPattern, (_m, quoted: string | undefined, bare: string | undefined) => `“${titles[quoted ?? bare ?? '']}”`)
      : text
    return named.replace(TYPE_PATTERN, (code) => WORK_TYPE_LABELS[code as keyof typeof WORK_TYPE_LABELS])
  }
}

export function humanise(text: string, titles: Readonly<Record<string, string>>): string {
  return makeHumaniser(titles)(text)
}
