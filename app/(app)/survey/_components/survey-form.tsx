'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'
import { TextAreaField, TextField } from '@/components/ui/field'
import { CAPACITY_HOURS, DEEP_WORK_HOURS, NOTE_MAX_LENGTH, type StatementId, type WorkPreference } from '@/lib/survey/instrument'
import { firstUnansweredSection, surveyProgress } from '@/lib/survey/progress'
import { surveySubmissionSchema, type SurveyDraft } from '@/lib/schemas/survey'
import type { WorkType } from '@/lib/core/work-types'
import { saveSurveyDraftAction, submitSurveyAction } from '../actions'
import { ErrorSummary, type SummaryError } from './error-summary'
import { ProgressBar } from './progress-bar'
import { PreferencesSection, StatementSections } from './survey-sections'
import { questionAnchor, stateFromDraft, toCandidate, toDraft, type SurveyFormState } from './survey-state'
import { SAVE_STATUS_TEXT, useDraftAutosave } from './use-draft-autosave'

/**
 * The survey, starting from `startFrom` (a saved draft, or the previous answers on a retake). A
 * resumed draft opens at its first unanswered section, so coming back does not mean scrolling to it.
 */
export function SurveyForm({ startFrom, resume }: { startFrom: SurveyDraft | null; resume: boolean }) {
  const router = useRouter()
  const [state, setState] = useState<SurveyFormState>(() => stateFromDraft(startFrom))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [serverMessage, setServerMessage] = useState<string>()
  const [pending, setPending] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)
  const draftToSave = useMemo(() => toDraft(state), [state])
  const autosave = useDraftAutosave(draftToSave, saveSurveyDraftAction)
  const progress = surveyProgress(draftToSave)
  const resumeAt = useRef(resume ? firstUnansweredSection(progress) : null)

  useEffect(() => {
    if (!resumeAt.current) return
    const heading = document.getElementById(`section-${resumeAt.current}`)
    heading?.scrollIntoView({ block: 'start' })
    heading?.focus()
  }, [])

  const update = (patch: Partial<SurveyFormState>, anchor: string) => {
    setState((previous) => ({ ...previous, ...patch }))
    // An answered question stops showing its error straight away; the rest stay until the next submit.
    setErrors(({ [anchor]: _answered, ...rest }) => rest)
  }
  const setAnswer = (id: StatementId, value: number) => update({ answers: { ...state.answers, [id]: value } }, `q-answers-${id}`)
  const setWorkType = (type: WorkType, value: WorkPreference) =>
    update({ workTypes: { ...state.workTypes, [type]: value } }, `q-workTypes-${type}`)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setServerMessage(undefined)
    const parsed = surveySubmissionSchema.safeParse(toCandidate(state))
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [questionAnchor(issue.path), issue.message])))
      requestAnimationFrame(() => summaryRef.current?.focus())
      return
    }
    setPending(true)
    await autosave.stop()
    const result = await submitSurveyAction(parsed.data)
    if (result.ok) {
      router.push('/survey/result')
      return
    }
    autosave.resume()
    setPending(false)
    setServerMessage(result.message)
    requestAnimationFrame(() => summaryRef.current?.focus())
  }

  const summary: SummaryError[] = Object.entries(errors).map(([anchor, message]) => ({ anchor, message }))
  return (
    <form id="survey-form" onSubmit={onSubmit} noValidate className="space-y-8">
      <ProgressBar progress={progress} saveStatus={SAVE_STATUS_TEXT[autosave.status]} />
      <ErrorSummary ref={summaryRef} errors={summary} message={serverMessage} />
      <StatementSections progress={progress} answers={state.answers} errors={errors} onAnswer={setAnswer} />
      <PreferencesSection
        progress={progress}
        workTypes={state.workTypes}
        errors={errors}
        preferredMode={state.preferredMode}
        onWorkType={setWorkType}
        onPreferredMode={(preferredMode) => update({ preferredMode }, 'q-preferredMode')}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Preferred deep-work hours per day"
            name="deepWorkHoursPerDay"
            type="number"
            inputMode="decimal"
            min={DEEP_WORK_HOURS.min}
            max={DEEP_WORK_HOURS.max}
            step={0.5}
            value={state.deepWorkHoursPerDay}
            onChange={(e) => update({ deepWorkHoursPerDay: e.target.value }, 'deepWorkHoursPerDay')}
            hint={`Uninterrupted focus time you would like on a typical day, ${DEEP_WORK_HOURS.min} to ${DEEP_WORK_HOURS.max} hours.`}
            errors={errors.deepWorkHoursPerDay ? [errors.deepWorkHoursPerDay] : undefined}
          />
          <TextField
            label="Usual sprint capacity in hours"
            name="capacityHours"
            type="number"
            inputMode="numeric"
            min={CAPACITY_HOURS.min}
            max={CAPACITY_HOURS.max}
            step={1}
            value={state.capacityHours}
            onChange={(e) => update({ capacityHours: e.target.value }, 'capacityHours')}
            hint="Hours you can usually give to planned work in a sprint, after meetings and support."
            errors={errors.capacityHours ? [errors.capacityHours] : undefined}
          />
        </div>
        <TextAreaField
          label="Anything else about how you like to work? (optional)"
          name="note"
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={state.note}
          onChange={(e) => update({ note: e.target.value }, 'note')}
          hint="Only you can read this note."
          errors={errors.note ? [errors.note] : undefined}
        />
      </PreferencesSection>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Working out your profile…' : 'See my result'}
        </Button>
        <p className="text-sm text-slate-600 dark:text-slate-300">Your individual answers stay private to you.</p>
      </div>
    </form>
  )
}
