import 'server-only'
import { cache } from 'react'
import type { Actor } from '@/lib/auth/actor'
import { hasOwnProfile } from '@/lib/db/survey/profiles'
import { isPlannedFromProfile, isSurveyDue, type FirstRun } from '@/lib/navigation'

/**
 * What the signed-in member has still to do, for home and the navigation, read once per request.
 * Only someone planned from a profile can have the survey due, so other roles skip the read.
 */
export const firstRunOf = cache(async (actor: Pick<Actor, 'orgId' | 'membershipId' | 'role'>): Promise<FirstRun> => {
  if (!isPlannedFromProfile(actor.role)) return { surveyDue: false }
  return { surveyDue: isSurveyDue(actor.role, await hasOwnProfile(actor.orgId, actor.membershipId)) }
})
