'use server'

import { setAvailability } from '@/lib/db/sprints/availability'
import { closeSprint } from '@/lib/db/sprints/close'
import { createSprint, updateSprint } from '@/lib/db/sprints/sprints'
import { closeSprintSchema, createSprintSchema, setAvailabilitySchema, updateSprintSchema } from '@/lib/schemas/sprint'
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

export const setAvailabilityAction = defineAction(
  { name: 'sprint.availability', permission: 'sprint:write', revalidate: ['/sprints'] },
  setAvailabilitySchema,
  async (input, actor) => setAvailability(actor.orgId, input),
)

/** Records delivered items' outcomes, moves the not delivered ones and closes the sprint, all in one transaction. */
export const closeSprintAction = defineAction(
  { name: 'sprint.close', permission: 'sprint:write', revalidate },
  closeSprintSchema,
  async (input, actor) => closeSprint(actor.orgId, actor.userId, input),
)
