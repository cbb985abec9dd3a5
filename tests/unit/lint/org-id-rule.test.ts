import { describe, expect, it } from 'vitest'
import { messagesOf } from './lint-case'
import { allowed, violations } from './org-id-fixtures'

// The rules that keep the tenant id brand honest (eslint.config.mjs) are selectors: a typo in one
// silently lets everything through, so each is run against code it must catch and code it must allow.

describe('the OrgId lint rules', () => {
  it.each(violations.map((c) => [c.name, c] as const))(
    'report %s',
    async (_name, lintCase) => {
      expect(await messagesOf('no-restricted-syntax', lintCase)).not.toEqual([])
    },
    30_000,
  )

  it.each(allowed.map((c) => [c.name, c] as const))(
    'allow %s',
    async (_name, lintCase) => {
      expect(await messagesOf('no-restricted-syntax', lintCase)).toEqual([])
    },
    30_000,
  )
})
