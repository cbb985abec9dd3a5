import type { Mode, WorkType } from '@/lib/core/work-types'

/**
 * The working-style survey, version 1.
 *
 * Every stored response carries the version it answered, so changing a
 * statement's wording or meaning, or adding or removing one, means a new
 * version: old responses must stay interpretable with the text they were given.
 *
 * Design constraints:
 * - 21 statements, 7 per dimension, so no mode gets more chances to score.
 * - Each dimension has 2 reverse-worded statements; each names the forward
 *   statement it mirrors (`pairedWith`) so scoring can check consistency.
 * - The three statement sections mix dimensions, and a pair's two halves sit in
 *   different sections, so the survey does not read as three obvious blocks.
 */
export const SURVEY_VERSION = 1

export const LIKERT_MIN = 1
export const LIKERT_MAX = 5

export const LIKERT_LABELS: Readonly<Record<number, string>> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither',
  4: 'Agree',
  5: 'Strongly agree',
}

export const SURVEY_SECTIONS = [
  {
    id: 'focus-and-flow',
    title: 'Focus and flow',
    intro: 'How you like to spend your attention during a working day.',
  },
  {
    id: 'ai-and-delegation',
    title: 'AI, tools and delegation',
    intro: 'How you feel about handing work to AI agents and to other people.',
  },
  {
    id: 'what-good-work-means',
    title: 'What good work means to you',
    intro: 'What makes you feel a piece of work went well.',
  },
  {
    id: 'work-and-time',
    title: 'The work you enjoy and your time',
    intro: 'Which kinds of work you enjoy or avoid, and how much time you usually have.',
  },
] as const

export type SectionId = (typeof SURVEY_SECTIONS)[number]['id']

interface StatementBase {
  readonly id: string
  readonly section: SectionId
  readonly dimension: Mode
  readonly text: string
}

export type Statement =
  (StatementBase & { readonly reversed: false }) | (StatementBase & { readonly reversed: true; readonly pairedWith: string })

export const STATEMENTS = [
  // Focus and flow
  {
    id: 'c1',
    section: 'focus-and-flow',
    dimension: 'craft',
    reversed: false,
    text: 'I do my best work in long, uninterrupted stretches of focus.',
  },
  {
    id: 'o2',
    section: 'focus-and-flow',
    dimension: 'orchestration',
    reversed: false,
    text: 'Directing several AI agents or workstreams at once sounds energising to me.',
  },
  {
    id: 'h1',
    section: 'focus-and-flow',
    dimension: 'hybrid',
    reversed: false,
    text: 'I can switch between hands-on coding and delegating without losing my footing.',
  },
  {
    id: 'c3',
    section: 'focus-and-flow',
    dimension: 'craft',
    reversed: false,
    text: 'I like to go deep in one area until I know it better than almost anyone.',
  },
  {
    id: 'o4',
    section: 'focus-and-flow',
    dimension: 'orchestration',
    reversed: false,
    text: 'I am comfortable starting before a problem is fully defined and shaping it as I go.',
  },
  {
    id: 'h5',
    section: 'focus-and-flow',
    dimension: 'hybrid',
    reversed: false,
    text: 'Some days I want to orchestrate and some days I want to craft, and I like having both.',
  },
  {
    id: 'c2r',
    section: 'focus-and-flow',
    dimension: 'craft',
    reversed: true,
    pairedWith: 'c2',
    text: 'As long as the code works and the tests pass, how it reads does not matter much to me.',
  },
  // AI, tools and delegation
  {
    id: 'o1',
    section: 'ai-and-delegation',
    dimension: 'orchestration',
    reversed: false,
    text: 'I enjoy breaking a big problem into pieces that someone else, or an AI agent, can pick up.',
  },
  {
    id: 'h2',
    section: 'ai-and-delegation',
    dimension: 'hybrid',
    reversed: false,
    text: 'I have a good sense of when an AI tool will help and when it will get in the way.',
  },
  {
    id: 'o3',
    section: 'ai-and-delegation',
    dimension: 'orchestration',
    reversed: false,
    text: 'I am happy to ship a solution that works well even if I did not write every line myself.',
  },
  {
    id: 'h3',
    section: 'ai-and-delegation',
    dimension: 'hybrid',
    reversed: false,
    text: 'I pick the tool that suits the job at hand rather than sticking to one way of working.',
  },
  {
    id: 'c1r',
    section: 'ai-and-delegation',
    dimension: 'craft',
    reversed: true,
    pairedWith: 'c1',
    text: 'A day of many short tasks suits me better than one long, focused block.',
  },
  {
    id: 'o2r',
    section: 'ai-and-delegation',
    dimension: 'orchestration',
    reversed: true,
    pairedWith: 'o2',
    text: 'Keeping an eye on several parallel threads of work drains me.',
  },
  {
    id: 'c4',
    section: 'ai-and-delegation',
    dimension: 'craft',
    reversed: false,
    text: 'Performance tuning, security and tricky infrastructure are the problems I enjoy most.',
  },
  // What good work means to you
  {
    id: 'c2',
    section: 'what-good-work-means',
    dimension: 'craft',
    reversed: false,
    text: 'I take real pride in the code itself: its clarity, its shape, how well it will age.',
  },
  {
    id: 'o5',
    section: 'what-good-work-means',
    dimension: 'orchestration',
    reversed: false,
    text: 'What matters most to me is the outcome people get, more than how elegant the code is.',
  },
  {
    id: 'h4',
    section: 'what-good-work-means',
    dimension: 'hybrid',
    reversed: false,
    text: 'I like getting things done quickly, but not at the expense of quality.',
  },
  {
    id: 'c5',
    section: 'what-good-work-means',
    dimension: 'craft',
    reversed: false,
    text: 'I judge a job well done by how easy it is to maintain a year later.',
  },
  {
    id: 'o1r',
    section: 'what-good-work-means',
    dimension: 'orchestration',
    reversed: true,
    pairedWith: 'o1',
    text: 'I would rather do a piece of work myself than explain it well enough to hand it off.',
  },
  {
    id: 'h3r',
    section: 'what-good-work-means',
    dimension: 'hybrid',
    reversed: true,
    pairedWith: 'h3',
    text: 'I prefer to settle on one way of working and use it for almost everything.',
  },
  {
    id: 'h1r',
    section: 'what-good-work-means',
    dimension: 'hybrid',
    reversed: true,
    pairedWith: 'h1',
    text: 'Changing how I work partway through a task throws me off.',
  },
] as const satisfies readonly Statement[]

export type StatementId = (typeof STATEMENTS)[number]['id']

/** One agreement answer per statement, each an integer from LIKERT_MIN to LIKERT_MAX. */
export type StatementAnswers = Readonly<Record<StatementId, number>>

export const WORK_PREFERENCES = ['enjoy', 'neutral', 'avoid'] as const

export type WorkPreference = (typeof WORK_PREFERENCES)[number]

/** The preferences as the survey words them; its error messages use the same words. */
export const WORK_PREFERENCE_LABELS: Readonly<Record<WorkPreference, string>> = {
  enjoy: 'I enjoy it',
  neutral: 'Neutral',
  avoid: 'I would rather avoid it',
}

export type WorkPreferences = Readonly<Record<WorkType, WorkPreference>>

/** Bounds of the numeric answers; the schema and the form share them. */
export const DEEP_WORK_HOURS = { min: 0, max: 8 } as const
export const CAPACITY_HOURS = { min: 1, max: 200 } as const
export const NOTE_MAX_LENGTH = 2000
