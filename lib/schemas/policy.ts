import { z } from 'zod'
import { MODES, WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '@/lib/core/work-types'

// The policy form posts one select and one textarea per work type, named `mode.<TYPE>` and
// `reason.<TYPE>`; the preprocess turns that flat FormData into a list of 12 entries.

const policyEntrySchema = z.object({
  workType: z.enum(WORK_TYPES),
  mode: z.enum(MODES, { message: 'Choose a mode' }),
  reason: z.string({ message: 'Enter a reason' }).trim().max(500, 'Keep the reason under 500 characters'),
})
export type PolicyEntry = z.infer<typeof policyEntrySchema>

function toEntries(raw: unknown) {
  if (typeof raw !== 'object' || raw === null || 'entries' in raw) return raw
  const flat = raw as Record<string, unknown>
  return {
    entries: WORK_TYPES.map((workType: WorkType) => ({
      workType,
      mode: flat[`mode.${workType}`],
      reason: flat[`reason.${workType}`] ?? '',
    })),
  }
}

export const updatePolicySchema = z.preprocess(
  toEntries,
  z
    .object({
      entries: z
        .array(policyEntrySchema)
        .min(1)
        .max(WORK_TYPES.length)
        .refine((entries) => new Set(entries.map((e) => e.workType)).size === entries.length, 'Each work type may appear once'),
    })
    // Managers see the reason beside every recommendation, so a row without one is refused. The issue is
    // keyed by the form's field name (`reason.<TYPE>`), so the error reaches that row's textarea, and its
    // message names the row as the table's label does ("Reason for Code review").
    .superRefine(({ entries }, context) => {
      for (const { workType, reason } of entries) {
        if (reason !== '') continue
        context.addIssue({ code: 'custom', path: [`reason.${workType}`], message: `Enter the reason for ${WORK_TYPE_LABELS[workType]}` })
      }
    }),
)

export const resetPolicySchema = z.object({})
