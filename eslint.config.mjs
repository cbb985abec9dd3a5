import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const serverOnly = ['@/lib/db/*', '@/lib/auth/*', '@/lib/server/*', '@/lib/env']
const frameworks = ['next', 'next/*', 'react', 'react-dom', '@prisma/*', '@/lib/generated/*']

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
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', WebAssembly: 'readonly', AbortController: 'readonly', Buffer: 'readonly', URLSearchParams: 'readonly' } },
  },
)
