'use server'

import { addDaysOff, removeDaysOff, setTeamAvailability } from '@/lib/db/sprints/availability'
import { closeSprintWithPulsePrompt } from '@/lib/server/connectors/chat-notices'
import { createSprint, updateSprint } from '@/lib/db/sprints/sprints'
import {
  addDaysOffSchema,
  closeSprintSchema,
  createSprintSchema,
  removeDaysOffSchema,
  setTeamAvailabilitySchema,
  updateSprintSchema,
} from '@/lib/schemas/sprint'
import { defineAction } from '@/lib/server/action'

const revalidate = ['/sprints', '/work-items']

export const createSprintAction = defineAction(
  { name: 'sprint.create', permission: 'sprint:write', revalidate },
  createSprintSchema,
  async (input, actor) => createSprint(actor.orgId, actor.userId, input),
)

export const updateSprintAction = defineAction(
  { name: 'sprint.update', permission: 'sprint:write', revalidate },
  updateSprintSchema,
  async (input, actor) => updateSprint(actor.orgId, actor.userId, input),
)

/** The availability table's one Save: every engineer's hours per day and override, all or none. */
export const setTeamAvailabilityAction = defineAction(
  { name: 'sprint.availability', permission: 'sprint:write', revalidate: ['/sprints', '/my-sprint', '/dashboard'] },
  setTeamAvailabilitySchema,
  async (input, actor) => setTeamAvailability(actor.orgId, actor.userId, input),
)

export const addDaysOffAction = defineAction(
  { name: 'sprint.days-off.add', permission: 'sprint:write', revalidate: ['/sprints', '/my-sprint', '/dashboard'] },
  addDaysOffSchema,
  async (input, actor) => addDaysOff(actor.orgId, actor.userId, input),
)

export const removeDaysOffAction = defineAction(
  { name: 'sprint.days-off.remove', permission: 'sprint:write', revalidate: ['/sprints', '/my-sprint', '/dashboard'] },
  removeDaysOffSchema,
  async (input, actor) => removeDaysOff(actor.orgId, actor.userId, input),
)

/** Records delivered items' outcomes, moves the not delivered ones and closes the sprint, all in one transaction. */
export const closeSprintAction = defineAction(
  { name: 'sprint.close', permission: 'sprint:write', revalidate },
  closeSprintSchema,
  async (input, actor) => closeSprintWithPulsePrompt(actor.orgId, actor.userId, input),
)
