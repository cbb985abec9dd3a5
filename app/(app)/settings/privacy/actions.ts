'use server'

import { updateAnonymityThreshold } from '@/lib/db/survey/responses'
import { anonymityThresholdSchema } from '@/lib/schemas/survey'
import { defineAction } from '@/lib/server/action'

export const updateAnonymityThresholdAction = defineAction(
  { name: 'organization.update-anonymity-threshold', permission: 'org:manage', revalidate: ['/settings/privacy', '/dashboard'] },
  anonymityThresholdSchema,
  async ({ anonymityThreshold }, actor) => updateAnonymityThreshold(actor.orgId, actor.userId, anonymityThreshold),
)
