import { join } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'
import { allowed, violations, type LintCase } from './org-id-fixtures'

// The rules that keep the tenant id brand honest (eslint.config.mjs) are selectors: a typo in one
// silently lets everything through, so each is run against code it must catch and code it must allow.

const root = join(import.meta.dirname, '..', '..', '..')
let eslint: ESLint

async function restrictedSyntax({ file, code }: LintCase) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  const fatal = result.messages.filter((m) => m.fatal)
  expect(fatal, `${file} did not parse`).toEqual([])
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

describe('the OrgId lint rules', () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root })
  })

  it.each(violations.map((c) => [c.name, c] as const))('report %s', async (_name, lintCase) => {
    expect(await restrictedSyntax(lintCase)).not.toEqual([])
  }, 30_000)

  it.each(allowed.map((c) => [c.name, c] as const))('allow %s', async (_name, lintCase) => {
    expect(await restrictedSyntax(lintCase)).toEqual([])
  }, 30_000)
})
