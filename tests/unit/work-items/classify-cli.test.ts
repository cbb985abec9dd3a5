import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// `npm run classify` as a separate process, the way an evaluation harness runs it.
const ROOT = resolve(import.meta.dirname, '../../..')

function classify(files: Record<string, string>, args: (dir: string) => string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'classify-cli-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/classify.ts'), ...args(dir)], {
    encoding: 'utf8',
    cwd: ROOT,
  })
  const out = join(dir, 'predictions.jsonl')
  return {
    code: run.status,
    stderr: run.stderr,
    out,
    lines: () =>
      readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  }
}

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n'
const titles = jsonl([
  { title: 'Fix OAuth login redirect loop' },
  { title: 'zorbl flange', description: 'no rule knows these words' },
  { title: 'Update the README' },
])

// Each case starts node and compiles the script, which takes seconds on a busy machine.
describe('npm run classify', { timeout: 30_000 }, () => {
  it('writes one prediction per input line, in order, with the rules alone', () => {
    const run = classify({ 'titles.jsonl': titles }, (d) => ['--in', join(d, 'titles.jsonl'), '--out', join(d, 'predictions.jsonl')])
    expect(run.code).toBe(0)
    const lines = run.lines()
    expect(lines.map((l) => Object.keys(l))).toEqual(Array(3).fill(['title', 'type', 'confidence', 'alternatives', 'reasons']))
    expect(lines.map((l) => [l.title, l.type])).toEqual([
      ['Fix OAuth login redirect loop', 'SECURITY_AUTH'],
      ['zorbl flange', null],
      ['Update the README', 'DOCUMENTATION'],
    ])
    expect(lines[1]).toMatchObject({ confidence: 0, alternatives: [], reasons: [] })
  })

  it('learns from --train', () => {
    const train = jsonl([
      { title: 'zorbl gasket', type: 'INFRASTRUCTURE' },
      { title: 'zorbl sprocket', type: 'INFRASTRUCTURE' },
      { title: 'flange zorbl rework', type: 'INFRASTRUCTURE' },
    ])
    const run = classify({ 'titles.jsonl': titles, 'train.jsonl': train }, (d) => [
      '--train',
      join(d, 'train.jsonl'),
      '--in',
      join(d, 'titles.jsonl'),
      '--out',
      join(d, 'predictions.jsonl'),
    ])
    expect(run.code).toBe(0)
    const zorbl = run.lines()[1] as { alternatives: { type: string }[]; reasons: string[] }
    expect(zorbl.alternatives[0].type).toBe('INFRASTRUCTURE')
    expect(zorbl.reasons.join(' ')).toMatch(/your team/i)
  })

  it.each([
    ['not JSON', 'titles.jsonl', '{"title": "ok"}\n{oops\n', /titles\.jsonl, line 2: not valid JSON/],
    ['a missing title', 'titles.jsonl', '{"description": "x"}\n', /titles\.jsonl, line 1: title/],
    ['an unknown type', 'train.jsonl', '{"title": "a", "type": "CHORES"}\n', /train\.jsonl, line 1: type: must be one of CRUD_SCAFFOLDING/],
  ])('refuses %s with a message naming the line, exit 1 and no output file', (_, file, text, message) => {
    const files = { 'titles.jsonl': titles, 'train.jsonl': jsonl([{ title: 'a', type: 'BOILERPLATE' }]), [file]: text }
    const run = classify(files, (d) => [
      '--train',
      join(d, 'train.jsonl'),
      '--in',
      join(d, 'titles.jsonl'),
      '--out',
      join(d, 'predictions.jsonl'),
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(existsSync(run.out)).toBe(false)
  })

  it('explains its usage when --in or --out is missing', () => {
    const run = classify({}, () => ['--in'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/--in needs a file name/)
  })
})
