import { z } from 'zod'
import { MODES } from '@/lib/core/work-types'
import { createPlanSchema } from '../plan'
import { defineOperation } from './operation'
import { sprintParams } from './sprints'

// Plan versions through the API. A version's ETag is its revision: re-plan and publish demand it in
// If-Match, the same optimistic concurrency as the board (lib/db/planner/revision.ts).

const VERSION_MESSAGE = 'version must be a whole number from 1'

export const apiPlanVersionSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    revision: z.number().int(),
    status: z.enum(['DRAFT', 'PUBLISHED', 'SUPERSEDED']),
    objective: z.number(),
    basedOnVersion: z.number().int().nullable(),
    createdAt: z.iso.datetime(),
    publishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PlanVersion' })
export type ApiPlanVersion = z.infer<typeof apiPlanVersionSchema>

export const apiPlanDetailSchema = apiPlanVersionSchema
  .extend({
    assignments: z.array(
      z.object({
        workItemId: z.string(),
        title: z.string(),
        /** Null: nobody was given the item in this version; `reasons` says why. */
        membershipId: z.string().nullable(),
        mode: z.enum(MODES),
        fit: z.number(),
        locked: z.boolean(),
        reasons: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'PlanVersionDetail' })

const versionParams = sprintParams.extend({
  version: z.coerce.number({ message: VERSION_MESSAGE }).int(VERSION_MESSAGE).min(1, VERSION_MESSAGE).max(1_000_000, VERSION_MESSAGE),
})

const tag = 'Plans'
export const planOperations = [
  defineOperation({
    id: 'listPlanVersions',
    method: 'get',
    path: '/sprints/{sprintId}/plans',
    summary: 'List the versions of a sprint’s plan, newest first',
    tag,
    permission: 'plan:read',
    params: sprintParams,
    response: z.object({ data: z.array(apiPlanVersionSchema) }).meta({ id: 'PlanVersionList' }),
  }),
  defineOperation({
    id: 'getPlanVersion',
    method: 'get',
    path: '/sprints/{sprintId}/plans/{version}',
    summary: 'Get a version with its assignments and their reasons (ETag: its revision)',
    tag,
    permission: 'plan:read',
    params: versionParams,
    response: apiPlanDetailSchema,
    concurrency: 'etag',
  }),
  defineOperation({
    id: 'createPlan',
    method: 'post',
    path: '/sprints/{sprintId}/plans',
    summary: 'Plan the sprint from scratch; baseVersion is the newest version you know of (0 = none)',
    tag,
    permission: 'plan:write',
    params: sprintParams,
    body: createPlanSchema.pick({ baseVersion: true }),
    response: apiPlanVersionSchema,
    status: 201,
    concurrency: 'etag',
  }),
  defineOperation({
    id: 'replanVersion',
    method: 'post',
    path: '/sprints/{sprintId}/plans/{version}/replan',
    summary: 'Re-plan from this version into a new one (If-Match: the version’s ETag)',
    tag,
    permission: 'plan:write',
    params: versionParams,
    response: apiPlanVersionSchema,
    status: 201,
    concurrency: 'if-match',
  }),
  defineOperation({
    id: 'publishVersion',
    method: 'post',
    path: '/sprints/{sprintId}/plans/{version}/publish',
    summary: 'Publish this version (If-Match: the version’s ETag)',
    tag,
    permission: 'plan:publish',
    params: versionParams,
    response: apiPlanVersionSchema,
    concurrency: 'if-match',
  }),
]
