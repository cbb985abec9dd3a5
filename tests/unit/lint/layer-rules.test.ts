import { describe, expect, it } from 'vitest'
import { messagesOf, type LintCase } from './lint-case'

// The layer rules of eslint.config.mjs (engineering guide, "Layers"): each is run against code it must
// catch and code it must allow, so a wrong glob or regex cannot silently let everything through.

const importViolations: LintCase[] = [
  {
    name: 'the Prisma client in a page',
    file: 'app/(app)/dashboard/page.tsx',
    code: "import { prisma } from '@/lib/db/client'\nexport const db = prisma\n",
  },
  {
    name: 'the generated Prisma types in lib/server',
    file: 'lib/server/extra.ts',
    code: "import type { Prisma } from '@/lib/generated/prisma/client'\nexport type Where = Prisma.WorkItemWhereInput\n",
  },
  {
    name: 'the Prisma client in a component',
    file: 'components/planner/extra.tsx',
    code: "import { prisma } from '../../lib/db/client'\nexport const db = prisma\n",
  },
  {
    name: 'lib/db in a pure module',
    file: 'lib/metrics/extra.ts',
    code: "import { getDashboard } from '@/lib/db/dashboards/dashboard'\nexport const read = getDashboard\n",
  },
  {
    name: 'Next in a pure module',
    file: 'lib/planner/extra.ts',
    code: "import { notFound } from 'next/navigation'\nexport const refuse = notFound\n",
  },
  { name: 'the logger in a pure module', file: 'lib/survey/extra.ts', code: "import { log } from '@/lib/log'\nexport const write = log\n" },
  {
    name: 'the session gate in a pure module',
    file: 'lib/accounts/extra.ts',
    code: "import { requireActor } from '@/lib/auth/actor'\nexport const gate = requireActor\n",
  },
  {
    name: 'another module of the app in lib/core',
    file: 'lib/core/extra.ts',
    code: "import { scoreSurvey } from '@/lib/survey/scoring'\nexport const score = scoreSurvey\n",
  },
  {
    name: 'a relative import out of lib/core',
    file: 'lib/core/extra.ts',
    code: "import { csvRow } from '../csv'\nexport const row = csvRow\n",
  },
  {
    name: "another section's _components, relative",
    file: 'app/(app)/pulse/page.tsx',
    code: "import { ChoiceGroup } from '../survey/_components/choice-group'\nexport const part = ChoiceGroup\n",
  },
  {
    name: "another section's _components, from a nested route",
    file: 'app/(app)/team/[membershipId]/page.tsx',
    code: "import { Summary } from '../../survey/_components/summary'\nexport const part = Summary\n",
  },
  {
    name: "another section's _components, absolute",
    file: 'app/(app)/team/page.tsx',
    code: "import { Summary } from '@/app/(app)/survey/_components/summary'\nexport const part = Summary\n",
  },
]

const importsAllowed: LintCase[] = [
  { name: 'the Prisma client in lib/db', file: 'lib/db/extra.ts', code: "import { prisma } from './client'\nexport const db = prisma\n" },
  {
    name: 'its own _components',
    file: 'app/(app)/survey/page.tsx',
    code: "import { SurveyForm } from './_components/survey-form'\nexport const part = SurveyForm\n",
  },
  {
    name: "the section's _components from a child route",
    file: 'app/(app)/settings/teams/page.tsx',
    code: "import { SettingsNav } from '../_components/settings-nav'\nexport const part = SettingsNav\n",
  },
  {
    name: "the section's _components two levels up",
    file: 'app/(app)/sprints/[sprintId]/edit/page.tsx',
    code: "import { SprintForm } from '../../_components/sprint-form'\nexport const part = SprintForm\n",
  },
  {
    name: 'shared components from a page',
    file: 'app/(app)/pulse/page.tsx',
    code: "import { NotificationList } from '@/components/survey/notification-list'\nexport const part = NotificationList\n",
  },
  {
    name: 'the engine in a pure module',
    file: 'lib/planner/extra.ts',
    code: "import { planSprint } from '@/lib/matching'\nexport const plan = planSprint\n",
  },
  {
    name: 'lib/core within itself',
    file: 'lib/core/extra.ts',
    code: "import { WORK_TYPES } from './work-types'\nexport const types = WORK_TYPES\n",
  },
]

const envViolations: LintCase[] = [
  { name: 'process.env in lib/server', file: 'lib/server/extra.ts', code: 'export const level = process.env.LOG_LEVEL\n' },
  { name: 'process.env in a page', file: 'app/(app)/dashboard/page.tsx', code: "export const secret = process.env['NEXTAUTH_SECRET']\n" },
  { name: 'process.env in lib/db', file: 'lib/db/extra.ts', code: 'export const url = process.env.DATABASE_URL\n' },
]

const envAllowed: LintCase[] = [
  { name: 'process.env in lib/env.ts', file: 'lib/env.ts', code: 'export const level = process.env.LOG_LEVEL\n' },
  { name: 'process.env in a script', file: 'scripts/extra.ts', code: 'export const url = process.env.DATABASE_URL\n' },
  { name: 'process.env in a test', file: 'tests/unit/extra.test.ts', code: 'export const zone = process.env.TZ\n' },
]

const cases = (list: LintCase[]) => list.map((c) => [c.name, c] as const)

describe('the layer lint rules', () => {
  it.each(cases(importViolations))(
    'report %s',
    async (_name, c) => {
      expect(await messagesOf('no-restricted-imports', c)).not.toEqual([])
    },
    30_000,
  )
  it.each(cases(importsAllowed))(
    'allow %s',
    async (_name, c) => {
      expect(await messagesOf('no-restricted-imports', c)).toEqual([])
    },
    30_000,
  )
  it.each(cases(envViolations))(
    'report %s',
    async (_name, c) => {
      expect(await messagesOf('no-restricted-syntax', c)).not.toEqual([])
    },
    30_000,
  )
  it.each(cases(envAllowed))(
    'allow %s',
    async (_name, c) => {
      expect(await messagesOf('no-restricted-syntax', c)).toEqual([])
    },
    30_000,
  )
})
