import { z } from 'zod'
import {
  CAPACITY_HOURS,
  DEEP_WORK_HOURS,
  LIKERT_LABELS,
  LIKERT_MAX,
  LIKERT_MIN,
  NOTE_MAX_LENGTH,
  STATEMENTS,
  SURVEY_VERSION,
  WORK_PREFERENCE_LABELS,
  WORK_PREFERENCES,
  type StatementId,
} from '@/lib/survey/instrument'
import {
  ENERGY_LABELS,
  ENERGY_MAX,
  ENERGY_MIN,
  PULSE_COMMENT_MAX_LENGTH,
  PULSE_VERSION,
  SHARE_BAND_LABELS,
  SHARE_BANDS,
} from '@/lib/survey/pulse'
import { MIN_ANONYMITY_THRESHOLD } from '@/lib/survey/anonymity'
import { MODE_LABELS, MODES, WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '@/lib/core/work-types'
import { idField } from './id'
import { labelled } from './field-label'

/**
 * Isomorphic schemas for the survey form, its saved drafts and the sprint pulse.
 * Every message names the question it is about, because a survey has too many
 * fields for "Invalid input" to be any help; the path names it too
 * (`['answers', 'o3']`, `['workTypes', 'SECURITY_AUTH']`).
 *
 * The submission states the instrument version it was answered against, so a
 * draft started before the statements changed is refused instead of being
 * scored against different wording.
 */

const integerBetween = (min: number, max: number, message: string) =>
  z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message })

/** The choices as the form words them: "Strongly disagree, Disagree, Neither, Agree or Strongly agree". */
const orList = (words: readonly string[]) => `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
const choices = (labels: Readonly<Record<number, string>>, min: number, max: number) =>
  orList(Array.from({ length: max - min + 1 }, (_, i) => labels[min + i]))

const likertAnswer = (id: string, text: string) =>
  integerBetween(LIKERT_MIN, LIKERT_MAX, `Answer statement ${id} (“${text}”): choose ${choices(LIKERT_LABELS, LIKERT_MIN, LIKERT_MAX)}`)

// Object.fromEntries loses the literal keys; the map above guarantees one entry per statement id.
const answersSchema = z.object(
  Object.fromEntries(STATEMENTS.map((s) => [s.id, likertAnswer(s.id, s.text)])) as Record<StatementId, ReturnType<typeof likertAnswer>>,
)

const workPreference = (type: WorkType) =>
  z.enum(WORK_PREFERENCES, {
    error: `For ${WORK_TYPE_LABELS[type]}, choose ${orList(WORK_PREFERENCES.map((preference) => WORK_PREFERENCE_LABELS[preference]))}`,
  })

const workTypesSchema = z.object(
  Object.fromEntries(WORK_TYPES.map((type) => [type, workPreference(type)])) as Record<WorkType, ReturnType<typeof workPreference>>,
)

const surveyVersion = z.literal(SURVEY_VERSION, {
  error: 'This survey has changed since you started it; reload the page to answer the current version',
})

const deepWorkHoursPerDay = labelled(
  z
    .number({ error: 'Give your preferred daily deep-work hours as a number' })
    .min(DEEP_WORK_HOURS.min, { error: `Preferred daily deep-work hours cannot be below ${DEEP_WORK_HOURS.min}` })
    .max(DEEP_WORK_HOURS.max, { error: `Preferred daily deep-work hours cannot be above ${DEEP_WORK_HOURS.max}` }),
  'Preferred deep-work hours per day',
)

const capacityHours = labelled(
  integerBetween(
    CAPACITY_HOURS.min,
    CAPACITY_HOURS.max,
    `Give your usual sprint capacity as a whole number of hours from ${CAPACITY_HOURS.min} to ${CAPACITY_HOURS.max}`,
  ),
  'Usual sprint capacity in hours',
)

const note = z
  .string({ error: 'The note must be text' })
  .trim()
  .max(NOTE_MAX_LENGTH, { error: `Keep the note to ${NOTE_MAX_LENGTH} characters or fewer` })

export const NO_PREFERRED_MODE_LABEL = 'No preference: go by my answers'
const preferredMode = z.enum(MODES, {
  error: `Choose a preferred mode: ${orList([...MODES.map((mode) => MODE_LABELS[mode]), `“${NO_PREFERRED_MODE_LABEL}”`])}`,
})

export const surveySubmissionSchema = z.object({
  version: surveyVersion,
  answers: answersSchema,
  workTypes: workTypesSchema,
  deepWorkHoursPerDay,
  capacityHours,
  note: note.optional(),
  preferredMode: preferredMode.nullable().optional(),
})

export type SurveySubmission = z.infer<typeof surveySubmissionSchema>

/** A draft saved while answering: anything may be missing, but whatever is present must be valid. */
export const surveyDraftSchema = z.object({
  version: surveyVersion,
  answers: answersSchema.partial().optional(),
  workTypes: workTypesSchema.partial().optional(),
  deepWorkHoursPerDay: deepWorkHoursPerDay.optional(),
  capacityHours: capacityHours.optional(),
  note: note.optional(),
  preferredMode: preferredMode.nullable().optional(),
})

export type SurveyDraft = z.infer<typeof surveyDraftSchema>

const shareBand = (question: string) =>
  z.enum(SHARE_BANDS, {
    error: `Choose how much of the sprint ${question}: ${Object.values(SHARE_BAND_LABELS).join(', ')}`,
  })

export const pulseSubmissionSchema = z.object({
  version: z.literal(PULSE_VERSION, {
    error: 'This pulse has changed since you opened it; reload the page to answer the current version',
  }),
  deepWorkShare: shareBand('was uninterrupted deep work in blocks of 2 hours or more'),
  preferredModeShare: shareBand('was in your preferred way of working'),
  energy: integerBetween(ENERGY_MIN, ENERGY_MAX, `Rate your energy: choose ${choices(ENERGY_LABELS, ENERGY_MIN, ENERGY_MAX)}`),
  comment: z
    .string({ error: 'The comment must be text' })
    .trim()
    .max(PULSE_COMMENT_MAX_LENGTH, { error: `Keep the comment to ${PULSE_COMMENT_MAX_LENGTH} characters or fewer` })
    .optional(),
})

/** The pulse as the form sends it: the answers plus which sprint they are about. */
export const pulseFormSchema = pulseSubmissionSchema.extend({
  sprintId: idField('sprint'),
})

export type PulseForm = z.infer<typeof pulseFormSchema>

const affinityValue = z.number().min(0).max(100)

/**
 * Scores as stored with a submitted response (SurveyResponse.scores). Consistency and
 * explanation are optional because they quote the answers and are dropped when the
 * engineer deletes their raw answers; only affinities and the type remain.
 */
export const storedScoresSchema = z.object({
  affinity: z.object({ orchestration: affinityValue, craft: affinityValue, hybrid: affinityValue }),
  primaryType: z.enum(MODES),
  consistency: z.object({ score: z.number(), level: z.enum(['consistent', 'mixed', 'inconsistent']), pairsChecked: z.number() }).optional(),
  explanation: z.array(z.string()).optional(),
})

export type StoredScores = z.infer<typeof storedScoresSchema>

/** Work-type preferences as stored on a profile; unknown or missing types read as neutral. */
export const storedPreferencesSchema = z.partialRecord(z.enum(WORK_TYPES), z.enum(WORK_PREFERENCES))

export const notificationIdSchema = z.object({
  notificationId: idField('notification'),
})

export const memberIdSchema = z.object({
  membershipId: idField('team member'),
})

/** Deleting raw answers cannot be undone, so the form must say so explicitly. */
export const deleteRawAnswersSchema = z.object({
  confirm: z.literal('delete', { error: 'Confirm that you want to delete your answers' }),
})

export const MAX_ANONYMITY_THRESHOLD = 50
export const ANONYMITY_THRESHOLD_LABEL = 'Smallest group shown (people)'

export const anonymityThresholdSchema = z.object({
  anonymityThreshold: labelled(
    z.coerce
      .number({ error: 'Give the threshold as a whole number of people' })
      .int({ error: 'Give the threshold as a whole number of people' })
      .min(MIN_ANONYMITY_THRESHOLD, {
        error: `The threshold cannot be below ${MIN_ANONYMITY_THRESHOLD} people: smaller groups let answers be guessed`,
      })
      .max(MAX_ANONYMITY_THRESHOLD, { error: `Keep the threshold at ${MAX_ANONYMITY_THRESHOLD} people or fewer` }),
    ANONYMITY_THRESHOLD_LABEL,
  ),
})
