import { join } from 'node:path'
import { ESLint } from 'eslint'
import { expect } from 'vitest'

// Lints a source snippet as if it lived at `file`, with the repository's own eslint.config.mjs. The
// snippets are strings, not files, so the repository's own lint run never sees their violations.

export type LintCase = { name: string; file: string; code: string }

const root = join(import.meta.dirname, '..', '..', '..')
let eslint: ESLint | undefined

/** The messages `ruleId` reports for the snippet (which must parse). */
export async function messagesOf(ruleId: string, { file, code }: LintCase): Promise<string[]> {
  eslint ??= new ESLint({ cwd: root })
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  expect(
    result.messages.filter((m) => m.fatal),
    `${file} did not parse`,
  ).toEqual([])
  return result.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message)
}
