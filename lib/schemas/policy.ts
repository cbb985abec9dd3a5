import { z } from 'zod'
import { MODES, WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '@/lib/core/work-types'

// The policy form posts one select and one textarea per work type, named `mode.<TYPE>` and
// `reason.<TYPE>`; the preprocess turns that flat FormData into a list of 12 entries.

// Managers see the reason beside every recommendation, so a mode without one is refused; each message
// names the row by its work type, as the table's labels do ("Reason for Bug fix").
const policyEntrySchema = z
  .object({
    workType: z.enum(WORK_TYPES),
    mode: z.enum(MODES, { message: 'Choose a mode' }),
    reason: z.string({ message: 'Enter a reason' }).trim().max(500, 'Keep the reason under 500 characters'),
  })
  .superRefine(({ workType, reason }, context) => {
    if (reason === '') context.addIssue({ code: 'custom', path: ['reason'], message: `Enter the reason for ${WORK_TYPE_LABELS[workType]}` })
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
  z.object({
    entries: z
      .array(policyEntrySchema)
      .min(1)
      .max(WORK_TYPES.length)
      .refine((entries) => new Set(entries.map((e) => e.workType)).size === entries.length, 'Each work type may appear once'),
  }),
)

export const resetPolicySchema = z.object({})
