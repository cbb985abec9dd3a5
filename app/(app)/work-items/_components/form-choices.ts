import type { WorkItemChoices } from '@/lib/db/work-items/reads'
import type { FormChoices } from './work-item-form'

/** Closed sprints cannot take new items, but an item already in one keeps showing it. */
export function formChoices(choices: WorkItemChoices, currentSprintId: string | null = null): FormChoices {
  return {
    teams: choices.teams,
    sprints: choices.sprints.filter((s) => s.status !== 'CLOSED' || s.id === currentSprintId).map((s) => ({ id: s.id, name: s.name })),
  }
}
