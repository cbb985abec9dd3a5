import { join } from 'node:path'
import * as prettier from 'prettier'
import { describe, expect, it } from 'vitest'

// `npm test` starts with `prettier --check .`; this shows the repository's settings are the ones in force
// (a line past the width, double quotes, semicolons and unsorted Tailwind classes are each reported).

const root = join(import.meta.dirname, '..', '..', '..')

async function isFormatted(file: string, code: string) {
  const filepath = join(root, file)
  const options = await prettier.resolveConfig(filepath)
  expect(options?.printWidth).toBe(140)
  return prettier.check(code, { ...options, filepath })
}

describe('the formatter', () => {
  it('accepts code written the house way', async () => {
    expect(await isFormatted('lib/core/extra.ts', 'export const greeting = (name: string) => `Hello, ${name}`\n')).toBe(true)
  })

  it.each([
    ['a line past 140 characters', `export const words = ['${'alpha'.repeat(20)}', '${'beta'.repeat(20)}', '${'gamma'.repeat(10)}']\n`],
    ['double quotes', 'export const greeting = "hello"\n'],
    ['a semicolon', "export const greeting = 'hello';\n"],
  ])('reports %s', async (_name, code) => {
    expect(await isFormatted('lib/core/extra.ts', code)).toBe(false)
  })

  it('reports Tailwind classes out of their canonical order', async () => {
    const code = `export const Box = () => <div className="p-4 flex">box</div>\n`
    expect(await isFormatted('components/ui/extra.tsx', code)).toBe(false)
    expect(await isFormatted('components/ui/extra.tsx', code.replace('p-4 flex', 'flex p-4'))).toBe(true)
  })
})
