'use client'

import type { ReactNode } from 'react'
import {
  LIKERT_LABELS,
  LIKERT_MAX,
  LIKERT_MIN,
  STATEMENTS,
  SURVEY_SECTIONS,
  WORK_PREFERENCE_LABELS,
  WORK_PREFERENCES,
  type StatementId,
  type WorkPreference,
} from '@/lib/survey/instrument'
import { NO_PREFERRED_MODE_LABEL } from '@/lib/schemas/survey'
import type { SurveyProgress } from '@/lib/survey/progress'
import { MODE_LABELS, MODES, WORK_TYPE_LABELS, WORK_TYPES, type Mode, type WorkType } from '@/lib/core/work-types'
import { ChoiceGroup, type ChoiceOption } from '@/components/survey/choice-group'

const LIKERT_OPTIONS: ChoiceOption[] = Array.from({ length: LIKERT_MAX - LIKERT_MIN + 1 }, (_, i) => {
  const value = LIKERT_MIN + i
  return { value: String(value), label: LIKERT_LABELS[value] }
})
const PREFERENCE_OPTIONS: ChoiceOption[] = WORK_PREFERENCES.map((value) => ({ value, label: WORK_PREFERENCE_LABELS[value] }))
const MODE_OPTIONS: ChoiceOption[] = [
  { value: '', label: NO_PREFERRED_MODE_LABEL },
  ...MODES.map((mode) => ({ value: mode, label: MODE_LABELS[mode] })),
]

function SectionShell({ index, progress, children }: { index: number; progress: SurveyProgress; children: ReactNode }) {
  const section = SURVEY_SECTIONS[index]
  const counts = progress.sections[index]
  return (
    <section aria-labelledby={`section-${section.id}`} className="space-y-3">
      <div>
        {/* Focusable from script only: a resumed draft opens here (survey-form.tsx). */}
        <h2 id={`section-${section.id}`} tabIndex={-1} className="text-lg font-semibold">
          {index + 1}. {section.title}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {section.intro}{' '}
          <span className="whitespace-nowrap">
            ({counts.answered} of {counts.total} answered)
          </span>
        </p>
      </div>
      {children}
    </section>
  )
}

type StatementProps = {
  progress: SurveyProgress
  answers: Partial<Record<StatementId, number>>
  errors: Record<string, string>
  onAnswer: (id: StatementId, value: number) => void
}

/** The three statement sections: how much do you agree, 1 to 5. */
export function StatementSections({ progress, answers, errors, onAnswer }: StatementProps) {
  let number = 0
  return SURVEY_SECTIONS.slice(0, 3).map((section, index) => (
    <SectionShell key={section.id} index={index} progress={progress}>
      {STATEMENTS.filter((s) => s.section === section.id).map((statement) => {
        number += 1
        return (
          <ChoiceGroup
            key={statement.id}
            id={`q-answers-${statement.id}`}
            name={`answers.${statement.id}`}
            legend={
              <>
                <span className="sr-only">
                  Statement {number} of {STATEMENTS.length}:{' '}
                </span>
                {statement.text}
              </>
            }
            options={LIKERT_OPTIONS}
            value={answers[statement.id]?.toString()}
            onChange={(value) => onAnswer(statement.id, Number(value))}
            error={errors[`q-answers-${statement.id}`]}
          />
        )
      })}
    </SectionShell>
  ))
}

type PreferencesProps = {
  progress: SurveyProgress
  workTypes: Partial<Record<WorkType, WorkPreference>>
  preferredMode: Mode | ''
  errors: Record<string, string>
  onWorkType: (type: WorkType, value: WorkPreference) => void
  onPreferredMode: (mode: Mode | '') => void
  children: ReactNode
}

/** The fourth section: work types, time (passed in as children) and an optional preferred mode. */
export function PreferencesSection({
  progress,
  workTypes,
  preferredMode,
  errors,
  onWorkType,
  onPreferredMode,
  children,
}: PreferencesProps) {
  return (
    <SectionShell index={3} progress={progress}>
      <div className="grid gap-3 lg:grid-cols-2">
        {WORK_TYPES.map((type) => (
          <ChoiceGroup
            key={type}
            id={`q-workTypes-${type}`}
            name={`workTypes.${type}`}
            legend={WORK_TYPE_LABELS[type]}
            options={PREFERENCE_OPTIONS}
            value={workTypes[type]}
            onChange={(value) => onWorkType(type, value as WorkPreference)}
            error={errors[`q-workTypes-${type}`]}
            columns={3}
          />
        ))}
      </div>
      {children}
      <ChoiceGroup
        id="q-preferredMode"
        name="preferredMode"
        legend="Do you already know which way of working you prefer? (optional; planning shows it beside your result)"
        options={MODE_OPTIONS}
        value={preferredMode}
        onChange={(value) => onPreferredMode(value as Mode | '')}
        error={errors['q-preferredMode']}
        columns={4}
      />
    </SectionShell>
  )
}
