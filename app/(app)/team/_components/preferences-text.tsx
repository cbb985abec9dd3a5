import type { WorkPreferences } from '@/lib/survey/instrument'
import { WORK_TYPE_LABELS, WORK_TYPES } from '@/lib/core/work-types'

const list = (items: string[]) => (items.length ? new Intl.ListFormat('en').format(items) : 'nothing in particular')

/** "Enjoys X and Y; would rather avoid Z", the planning-relevant part of the preferences. */
export function preferencesSummary(preferences: WorkPreferences) {
  const pick = (value: 'enjoy' | 'avoid') => WORK_TYPES.filter((type) => preferences[type] === value).map((type) => WORK_TYPE_LABELS[type])
  return { enjoys: list(pick('enjoy')), avoids: list(pick('avoid')) }
}
