/**
 * The shared vocabulary of work types and working modes (see docs/matching-contract.md).
 * This file is the single source of truth: the matching engine, the survey and
 * the work-item screens import these tuples rather than spelling the names again.
 */

export const WORK_TYPES = [
  'CRUD_SCAFFOLDING',
  'BOILERPLATE',
  'TEST_GENERATION',
  'DOCUMENTATION',
  'RAPID_PROTOTYPING',
  'CODE_REVIEW',
  'COMPLEX_STATE',
  'PERFORMANCE_CRITICAL',
  'SECURITY_AUTH',
  'NOVEL_PROBLEM',
  'INFRASTRUCTURE',
  'ARCHITECTURE',
] as const

export type WorkType = (typeof WORK_TYPES)[number]

export const MODES = ['orchestration', 'craft', 'hybrid'] as const

export type Mode = (typeof MODES)[number]

export const WORK_TYPE_LABELS: Readonly<Record<WorkType, string>> = {
  CRUD_SCAFFOLDING: 'CRUD scaffolding',
  BOILERPLATE: 'Boilerplate',
  TEST_GENERATION: 'Test generation',
  DOCUMENTATION: 'Documentation',
  RAPID_PROTOTYPING: 'Rapid prototyping',
  CODE_REVIEW: 'Code review',
  COMPLEX_STATE: 'Complex state',
  PERFORMANCE_CRITICAL: 'Performance-critical',
  SECURITY_AUTH: 'Security & auth',
  NOVEL_PROBLEM: 'Novel problem',
  INFRASTRUCTURE: 'Infrastructure',
  ARCHITECTURE: 'Architecture',
}

export const MODE_LABELS: Readonly<Record<Mode, string>> = {
  orchestration: 'Orchestration',
  craft: 'Deep craft',
  hybrid: 'Hybrid',
}
