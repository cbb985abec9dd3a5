import type { WorkType } from '../core/work-types'

/** Why each work type defaults to its mode; shown to managers while planning, editable per organisation. */
export const DEFAULT_POLICY_REASONS: Readonly<Record<WorkType, string>> = {
  CRUD_SCAFFOLDING: 'Well-trodden patterns: agents draft them quickly and a person reviews the result.',
  BOILERPLATE: 'Repetitive code where delegation saves hours and quality risk is low.',
  TEST_GENERATION: 'Agents enumerate cases fast; the engineer judges which tests matter.',
  DOCUMENTATION: 'Drafting and updating prose parallelises well across agents.',
  RAPID_PROTOTYPING: 'Speed of iteration matters more than polish; orchestrate several attempts.',
  CODE_REVIEW: 'Agents pre-screen diffs; a person keeps the judgement calls.',
  COMPLEX_STATE: 'Needs judgement about when tools help: switch between delegating and hands-on work.',
  PERFORMANCE_CRITICAL: 'Hot paths reward long, focused measurement and careful hand-tuning.',
  SECURITY_AUTH: 'Subtle mistakes are costly; deep focus and personal ownership of every line.',
  NOVEL_PROBLEM: 'No pattern to delegate yet: it needs uninterrupted thinking time.',
  INFRASTRUCTURE: 'Failures cascade; careful, focused work by someone who knows the system.',
  ARCHITECTURE: 'Decisions that shape years of work deserve deep, unhurried attention.',
}
