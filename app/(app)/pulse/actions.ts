'use server'

import { submitPulse } from '@/lib/db/survey/pulse'
import { pulseFormSchema } from '@/lib/schemas/survey'
import { defineAction } from '@/lib/server/action'

export const submitPulseAction = defineAction(
  { name: 'pulse.submit', permission: 'self:use', revalidate: ['/pulse', '/survey'] },
  pulseFormSchema,
  async (input, actor) => submitPulse(actor.orgId, actor.membershipId, input),
)
