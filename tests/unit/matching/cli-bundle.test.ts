import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateInstance, planSprint, planSprintContract } from '@/lib/matching'

// `npm run plan` runs scripts/plan-cli.cjs, which runs the esbuild bundle with plain node (decisions 0051, 0069).
const launcher = join(process.cwd(), 'scripts', 'plan-cli.cjs')
const bundle = join(process.cwd(), 'build', 'cli', 'plan.cjs')

function runCli(instance: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-bundle-'))
  const input = join(dir, 'instance.json')
  const out = join(dir, 'plan.json')
  writeFileSync(input, typeof instance === 'string' ? instance : JSON.stringify(instance))
  const result = spawnSync(process.execPath, [launcher, '--in', input, '--out', out], { encoding: 'utf8' })
  return { ...result, out, dir }
}

describe('the bundled planner CLI', { timeout: 60_000 }, () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, ['scripts/build-plan-cli.mjs'], { encoding: 'utf8' })
    expect(build.stderr).toBe('')
    expect(build.status).toBe(0)
  })

  it('is plain JavaScript that needs no TypeScript loader', () => {
    const text = readFileSync(bundle, 'utf8')
    expect(text).not.toMatch(/(from |require\()["'](tsx|typescript|esbuild)["']/)
    expect(text).not.toMatch(/\.ts["']/)
  })

  it("is one CommonJS file without zod's locales, so a start compiles little and needs no ES module loader", () => {
    // With `import { z } from 'zod'` the bundle took all 40 of zod's locales: 636 KB instead of ~190 KB.
    expect(statSync(bundle).size).toBeLessThan(300_000)
    expect(readFileSync(bundle, 'utf8')).not.toMatch(/^(import|export) /m)
    expect(typeof createRequire(import.meta.url)(bundle).main).toBe('function')
  })

  it('writes the same plan as planSprintContract called in-process', () => {
    const instance = generateInstance({ family: 'tight', items: 60, engineers: 6, seed: 4 })
    const { status, stderr, out } = runCli(instance)
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(JSON.stringify(planSprintContract(instance))))
  })

  it('exits 1 on bad input with a message naming the record, and writes no file', () => {
    const instance = generateInstance({ items: 5, engineers: 2, seed: 1 })
    instance.items[2].hours = -1
    const { status, stderr, out, dir } = runCli(instance)
    expect(status).toBe(1)
    expect(stderr).toContain('items[2] (id "t3"): hours must be greater than 0')
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(dir)).toEqual(['instance.json'])
  })

  it('exits 1 on malformed JSON and writes no file', () => {
    const { status, stderr, out } = runCli('{"engineers": [')
    expect(status).toBe(1)
    expect(stderr).toMatch(/instance\.json: malformed JSON: /)
    expect(existsSync(out)).toBe(false)
  })

  it('builds the bundle first when it is missing', () => {
    rmSync(bundle)
    const instance = generateInstance({ items: 20, engineers: 3, seed: 2 })
    const { status, out } = runCli(instance)
    expect(status).toBe(0)
    expect(existsSync(bundle)).toBe(true)
    expect(JSON.parse(readFileSync(out, 'utf8')).objective).toBe(planSprint(instance).objective)
  })
})
