import 'server-only'
import { notFound } from 'next/navigation'
import type { OrgId } from '@/lib/db/org-id'
import { getSprintHeader } from '@/lib/db/planner-input'
import { AppError } from '@/lib/server/app-error'

/** The sprint, or the 404 page for unknown ids and other organisations' sprints (they look the same). */
export async function loadSprintOr404(orgId: OrgId, sprintId: string) {
  try {
    return await getSprintHeader(orgId, sprintId)
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound()
    throw error
  }
}
