import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const serverOnly = ['@/lib/db/*', '@/lib/auth/*', '@/lib/server/*', '@/lib/env']
const frameworks = ['next', 'next/*', 'react', 'react-dom', '@prisma/*', '@/lib/generated/*']

// The tenant id brand (lib/db/org-id.ts) is only worth something if nothing but the named, verifying
// sources there mint one. tests/unit/lint/org-id-rule.test.ts holds cases each selector must catch.
const orgIdModule = 'ImportDeclaration[source.value=/org-id$/]'
const orgIdCast = 'An OrgId comes from a verifying source in lib/db/org-id.ts (the session via requireActor(), a membership, an invitation), never from a cast (engineering guide, style rule 4).'
const orgIdAlways = [
  { selector: "TSAsExpression[typeAnnotation.typeName.name='OrgId']", message: orgIdCast },
  { selector: "TSTypeAssertion[typeAnnotation.typeName.name='OrgId']", message: orgIdCast },
  { selector: "ImportSpecifier[imported.name='OrgId'][local.name!='OrgId']", message: 'Import OrgId under its own name, so the rule against casts to it can see them.' },
  { selector: `${orgIdModule} > ImportNamespaceSpecifier`, message: 'Import the named sources from lib/db/org-id.ts one by one, so the rules on who may use them can see them.' },
]
const orgIdSources = {
  session: { selector: `${orgIdModule} > ImportSpecifier[imported.name='orgIdOfSession']`, message: "orgIdOfSession is the session gate's (lib/auth/actor.ts): take the OrgId from requireActor() or requirePageActor()." },
  systemJob: { selector: `${orgIdModule} > ImportSpecifier[imported.name='listOrgIdsForSystemJob']`, message: 'listOrgIdsForSystemJob is for work done for no user (the reminder scheduler, scripts): a request takes its OrgId from the session.' },
}
const orgIdRule = (...allowed) => ['error', ...orgIdAlways, ...Object.entries(orgIdSources).filter(([name]) => !allowed.includes(name)).map(([, rule]) => rule)]

export default tseslint.config(
  { ignores: ['.next*/**', 'node_modules/**', 'lib/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['lib/matching/**', 'lib/survey/**', 'lib/metrics/**', 'lib/schemas/**', 'lib/work-items/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...frameworks, ...serverOnly], message: 'Domain logic stays pure: no framework, database or server imports (engineering guide, style rule 1).' }],
      }],
    },
  },
  {
    files: ['components/ui/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: serverOnly, message: 'UI primitives are presentational: pass data in as props (engineering guide, "Layers").' }],
      }],
    },
  },
  {
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@/lib/generated/*', '@prisma/*'], message: 'Only lib/db knows Prisma; use the DTOs it returns (engineering guide, style rule 2).' }],
      }],
    },
  },
  // no-restricted-syntax is set only here: a later block for the same files replaces the whole list.
  { files: ['**/*.ts', '**/*.tsx'], ignores: ['lib/db/org-id.ts'], rules: { 'no-restricted-syntax': orgIdRule() } },
  { files: ['lib/auth/actor.ts'], rules: { 'no-restricted-syntax': orgIdRule('session') } },
  { files: ['lib/db/survey/reminders.ts', 'scripts/**'], rules: { 'no-restricted-syntax': orgIdRule('systemJob') } },
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', WebAssembly: 'readonly', AbortController: 'readonly', Buffer: 'readonly', URLSearchParams: 'readonly' } },
  },
)
