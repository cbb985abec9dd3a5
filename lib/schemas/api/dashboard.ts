import { z } from 'zod'
import { defineOperation } from './operation'

// The dashboard's figures: the same tables the dashboard page shows and downloads as CSV, built from
// the same view, so the anonymity rules (the organisation's threshold, small groups suppressed) hold here too.

export const apiDashboardSchema = z
  .object({
    scope: z.enum(['org', 'team']),
    teamId: z.string().nullable(),
    title: z.string(),
    anonymityThreshold: z.number().int(),
    tables: z.array(
      z.object({
        id: z.string(),
        caption: z.string(),
        columns: z.array(z.object({ key: z.string(), label: z.string(), numeric: z.boolean().optional() })),
        /** Keyed by column key; null is an empty cell (nothing to show, or suppressed for anonymity). */
        rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
      }),
    ),
  })
  .meta({ id: 'Dashboard' })

export const dashboardQuerySchema = z.object({
  /** A team's dashboard; without it, the organisation's. */
  teamId: z.string().trim().min(1).max(64).optional(),
})

export const dashboardOperations = [
  defineOperation({
    id: 'getDashboard',
    method: 'get',
    path: '/dashboard',
    summary: 'The dashboard’s figures for the organisation or one team (teamId), under the anonymity rules',
    tag: 'Dashboards',
    permission: 'dashboard:read',
    query: dashboardQuerySchema,
    response: apiDashboardSchema,
  }),
]
