'use server'

import { addHoliday, removeHoliday, setWorkingDays } from '@/lib/db/sprints/calendar'
import { addHolidaySchema, removeHolidaySchema, setWorkingDaysSchema } from '@/lib/schemas/sprint'
import { defineAction } from '@/lib/server/action'

// Capacity everywhere is derived from this calendar, so every page that shows it is refreshed.
const revalidate = ['/settings/calendar', '/sprints', '/my-sprint', '/dashboard']

export const setWorkingDaysAction = defineAction(
  { name: 'organization.working-days', permission: 'org:manage', revalidate },
  setWorkingDaysSchema,
  async (input, actor) => setWorkingDays(actor.orgId, actor.userId, input),
)

export const addHolidayAction = defineAction(
  { name: 'organization.holiday.add', permission: 'org:manage', revalidate },
  addHolidaySchema,
  async (input, actor) => addHoliday(actor.orgId, actor.userId, input),
)

export const removeHolidayAction = defineAction(
  { name: 'organization.holiday.remove', permission: 'org:manage', revalidate },
  removeHolidaySchema,
  async (input, actor) => removeHoliday(actor.orgId, actor.userId, input),
)
