import type { LintCase } from './lint-case'

// Source snippets for org-id-rule.test.ts, linted as if they lived at `file`.

/** Each must be reported by the OrgId rules of eslint.config.mjs. */
export const violations: LintCase[] = [
  {
    name: 'a cast in lib/db',
    file: 'lib/db/teams-extra.ts',
    code: "import type { OrgId } from './org-id'\nexport const scope = (id: string) => id as OrgId\n",
  },
  {
    name: 'a double cast in a page',
    file: 'app/(app)/teams/page.tsx',
    code: "import type { OrgId } from '@/lib/db/org-id'\nexport const scope = (id: string) => id as unknown as OrgId\n",
  },
  {
    name: 'an angle-bracket cast',
    file: 'lib/server/tenant.ts',
    code: "import type { OrgId } from '@/lib/db/org-id'\nexport const scope = (id: string) => <OrgId>id\n",
  },
  {
    name: 'a cast in the session gate, which may only use its named source',
    file: 'lib/auth/actor.ts',
    code: "import type { OrgId } from '@/lib/db/org-id'\nexport const scope = (id: string) => id as OrgId\n",
  },
  {
    name: 'a cast in a test helper',
    file: 'tests/support/tenant.ts',
    code: "import type { OrgId } from '@/lib/db/org-id'\nexport const scope = (id: string) => id as OrgId\n",
  },
  {
    name: 'OrgId imported under another name (which would hide the cast)',
    file: 'lib/db/sprints-extra.ts',
    code: "import type { OrgId as Tenant } from './org-id'\nexport const scope = (id: string): Tenant | null => (id ? null : null)\n",
  },
  {
    name: 'the module imported whole (which would hide who uses which source)',
    file: 'lib/db/sprints-extra.ts',
    code: "import * as ids from './org-id'\nexport const source = ids\n",
  },
  {
    name: "the session gate's source outside the gate",
    file: 'lib/db/sprints-extra.ts',
    code: "import { orgIdOfSession } from './org-id'\nexport const source = orgIdOfSession\n",
  },
  {
    name: "the session gate's source in a route handler",
    file: 'app/api/teams/route.ts',
    code: "import { orgIdOfSession } from '@/lib/db/org-id'\nexport const source = orgIdOfSession\n",
  },
  {
    name: "a system job's source in a server action",
    file: 'app/(app)/team/actions.ts',
    code: "import { listOrgIdsForSystemJob } from '@/lib/db/org-id'\nexport const source = listOrgIdsForSystemJob\n",
  },
]

/** Each must pass: the legitimate sources where they belong. */
export const allowed: LintCase[] = [
  {
    name: 'the one cast, in lib/db/org-id.ts',
    file: 'lib/db/org-id.ts',
    code: 'declare const brand: unique symbol\nexport type OrgId = string & { readonly [brand]: true }\nexport const mint = (id: string) => id as OrgId\n',
  },
  {
    name: 'the session gate minting from the session',
    file: 'lib/auth/actor.ts',
    code: "import { orgIdOfSession, type OrgId } from '@/lib/db/org-id'\nexport const source: unknown = orgIdOfSession\nexport type Scope = OrgId\n",
  },
  {
    name: 'the reminder scheduler listing organisations',
    file: 'lib/db/survey/reminders.ts',
    code: "import { listOrgIdsForSystemJob } from './org-id'\nexport const source = listOrgIdsForSystemJob\n",
  },
  {
    name: 'a script listing organisations',
    file: 'scripts/bench-teams.ts',
    code: "import { listOrgIdsForSystemJob } from '@/lib/db/org-id'\nexport const source = listOrgIdsForSystemJob\n",
  },
  {
    name: 'a verified membership anywhere',
    file: 'tests/support/tenant.ts',
    code: "import { orgIdFromMembership, type OrgId } from '@/lib/db/org-id'\nexport const scope = (userId: string, id: string): Promise<OrgId> => orgIdFromMembership(userId, id)\n",
  },
]
