import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The layers of docs/engineering-guide.md ("Layers"), enforced. tests/unit/lint/ runs each rule on
// fixture code it must catch and code it must allow, so a typo here cannot silently allow everything.

const serverOnly = [
  '@/lib/db/*',
  '@/lib/db/**',
  '@/lib/auth/*',
  '@/lib/server/*',
  '@/lib/env',
  '@/lib/log',
  '@/lib/email/mailer',
  '@/lib/cache/*',
]
const frameworks = ['next', 'next/*', 'react', 'react-dom', '@prisma/*', '@/lib/generated/*']
const prismaClient = ['@/lib/generated/*', '@prisma/*', '@/lib/db/client', '**/db/client']

const pureModules = [
  'lib/core/**',
  'lib/accounts/**',
  'lib/matching/**',
  'lib/survey/**',
  'lib/metrics/**',
  'lib/schemas/**',
  'lib/work-items/**',
  'lib/connectors/**',
  'lib/planner/**',
  'lib/csv.ts',
  'lib/navigation.ts',
  'lib/email/templates.ts',
  'lib/jobs/**',
  'lib/webhooks/**',
  'lib/scim/**',
]
const pureRule = {
  group: [...frameworks, ...serverOnly],
  message: 'Domain logic stays pure: no framework, database or server imports (engineering guide, style rule 1).',
}
const prismaRule = {
  group: prismaClient,
  message: 'Only lib/db knows Prisma and its client; use the lib/db functions and the DTOs they return (engineering guide, style rule 3).',
}

/**
 * A route's `_components` are its own: a page may use its segment's and its ancestors' (`./_components`,
 * `../_components`), never another section's. What two sections share belongs in components/.
 */
const otherSectionsComponents = (section) => ({
  regex: `^(?!(\\./|(\\.\\./)+)_components/)(?!(.*/)?${section.replace(/[()[\]]/g, '\\$&')}/_components/).*_components/`,
  message: `Another section's _components are private to it: move what both use to components/ (engineering guide, "Layers").`,
})
const sections = ['(app)', '(auth)'].flatMap((group) =>
  readdirSync(new URL(`./app/${group}`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => ({ dir: `app/${group}/${entry.name}`, name: entry.name })),
)
const restrictedImports = (...patterns) => ['error', { patterns }]

// The tenant id brand (lib/db/org-id.ts) is only worth something if nothing but the named, verifying
// sources there mint one. tests/unit/lint/org-id-rule.test.ts holds cases each selector must catch.
const orgIdModule = 'ImportDeclaration[source.value=/org-id$/]'
const orgIdCast =
  'An OrgId comes from a verifying source in lib/db/org-id.ts (the session via requireActor(), a membership, an invitation), never from a cast (engineering guide, style rule 4).'
const orgIdAlways = [
  { selector: "TSAsExpression[typeAnnotation.typeName.name='OrgId']", message: orgIdCast },
  { selector: "TSTypeAssertion[typeAnnotation.typeName.name='OrgId']", message: orgIdCast },
  {
    selector: "ImportSpecifier[imported.name='OrgId'][local.name!='OrgId']",
    message: 'Import OrgId under its own name, so the rule against casts to it can see them.',
  },
  {
    selector: `${orgIdModule} > ImportNamespaceSpecifier`,
    message: 'Import the named sources from lib/db/org-id.ts one by one, so the rules on who may use them can see them.',
  },
]
const orgIdSources = {
  session: {
    selector: `${orgIdModule} > ImportSpecifier[imported.name='orgIdOfSession']`,
    message: "orgIdOfSession is the session gate's (lib/auth/actor.ts): take the OrgId from requireActor() or requirePageActor().",
  },
  apiToken: {
    selector: `${orgIdModule} > ImportSpecifier[imported.name='orgIdOfApiToken']`,
    message: "orgIdOfApiToken is the API token gate's (lib/db/api/tokens.ts): an API route takes its OrgId from defineApiRoute's actor.",
  },
  scimToken: {
    selector: `${orgIdModule} > ImportSpecifier[imported.name='orgIdOfScimToken']`,
    message:
      "orgIdOfScimToken is the SCIM token gate's (lib/db/accounts/scim-tokens.ts): a SCIM route takes its OrgId from defineScimRoute.",
  },
  systemJob: {
    selector: `${orgIdModule} > ImportSpecifier[imported.name='listOrgIdsForSystemJob']`,
    message:
      'listOrgIdsForSystemJob is for work done for no user (the reminder scheduler, scripts): a request takes its OrgId from the session.',
  },
  sso: {
    selector: `${orgIdModule} > ImportSpecifier[imported.name='orgIdOfSsoRow']`,
    message:
      "orgIdOfSsoRow is single sign-on's (lib/db/accounts/sso-sign-in.ts): a verified domain or the IdP's consumed request names the organisation.",
  },
}
const processEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read the environment through lib/env.ts, which validates it and is its only reader (engineering guide, "Layers").',
}
/** The whole no-restricted-syntax list for a file: the OrgId rules (less the sources it may use), and process.env unless it may read it. */
const restrictedSyntax = ({ sources = [], env = false } = {}) => [
  'error',
  ...orgIdAlways,
  ...Object.entries(orgIdSources)
    .filter(([name]) => !sources.includes(name))
    .map(([, rule]) => rule),
  ...(env ? [] : [processEnv]),
]

export default tseslint.config(
  {
    ignores: [
      '.next*/**',
      'node_modules/**',
      'lib/generated/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'build/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // no-restricted-imports: a later block for the same file replaces the whole list, so each block says all of it.
  { files: ['lib/**/*.ts', 'lib/**/*.tsx'], ignores: ['lib/db/**'], rules: { 'no-restricted-imports': restrictedImports(prismaRule) } },
  { files: pureModules, rules: { 'no-restricted-imports': restrictedImports(pureRule) } },
  {
    files: ['lib/core/**'],
    rules: {
      'no-restricted-imports': restrictedImports(
        {
          group: ['@/*', '../*', '../**'],
          message: 'lib/core is the bottom layer: it imports nothing of the app (engineering guide, "Layers").',
        },
        pureRule,
      ),
    },
  },
  { files: ['components/**'], rules: { 'no-restricted-imports': restrictedImports(prismaRule) } },
  {
    files: ['components/ui/**'],
    rules: {
      'no-restricted-imports': restrictedImports(prismaRule, {
        group: serverOnly,
        message: 'UI primitives are presentational: pass data in as props (engineering guide, "Layers").',
      }),
    },
  },
  { files: ['app/**', 'proxy.ts', 'instrumentation.ts'], rules: { 'no-restricted-imports': restrictedImports(prismaRule) } },
  ...sections.map(({ dir, name }) => ({
    files: [`${dir}/**`],
    rules: { 'no-restricted-imports': restrictedImports(prismaRule, otherSectionsComponents(name)) },
  })),
  // no-restricted-syntax is set only here, for the same reason.
  { files: ['**/*.ts', '**/*.tsx'], ignores: ['lib/db/org-id.ts', 'lib/env.ts'], rules: { 'no-restricted-syntax': restrictedSyntax() } },
  { files: ['lib/auth/actor.ts'], rules: { 'no-restricted-syntax': restrictedSyntax({ sources: ['session'] }) } },
  { files: ['lib/db/api/tokens.ts'], rules: { 'no-restricted-syntax': restrictedSyntax({ sources: ['apiToken'] }) } },
  { files: ['lib/db/accounts/scim-tokens.ts'], rules: { 'no-restricted-syntax': restrictedSyntax({ sources: ['scimToken'] }) } },
  { files: ['lib/db/survey/reminders.ts'], rules: { 'no-restricted-syntax': restrictedSyntax({ sources: ['systemJob'] }) } },
  { files: ['lib/db/accounts/sso-sign-in.ts'], rules: { 'no-restricted-syntax': restrictedSyntax({ sources: ['sso'] }) } },
  // Outside the app: scripts, seeds, tests and tool configuration set up processes and read their environment.
  {
    files: ['scripts/**', 'prisma/**', 'tests/**', '*.config.ts'],
    rules: { 'no-restricted-syntax': restrictedSyntax({ sources: ['systemJob'], env: true }) },
  },
  // Next inlines process.env.NEXT_RUNTIME in instrumentation.ts when it bundles, which drops the Node-only code from the edge bundle; a function call would keep it.
  { files: ['instrumentation.ts'], rules: { 'no-restricted-syntax': restrictedSyntax({ env: true }) } },
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        WebAssembly: 'readonly',
        AbortController: 'readonly',
        Buffer: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
  },
  // CommonJS files (the planner CLI's launcher, decision 0069): node's module wrapper gives them require and __dirname.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
