import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '@/scripts/plan'

const good = {
  engineers: [
    { id: 'ana', capacityHours: 40, affinity: { orchestration: 0.8, craft: 0.4, hybrid: 0.5 } },
    { id: 'ben', capacityHours: 30, affinity: { orchestration: 0.5, craft: 0.9, hybrid: 0.6 } },
  ],
  items: [
    { id: 't1', type: 'DOCUMENTATION', hours: 8, priority: 2 },
    { id: 't2', type: 'ARCHITECTURE', hours: 16, priority: 4, mode: null, pinnedTo: null },
  ],
  policy: { DOCUMENTATION: 'hybrid' },
}

function run(instance: string, extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'))
  writeFileSync(join(dir, 'instance.json'), instance)
  const lines: string[] = []
  const out = join(dir, 'plan.json')
  return main(['--in', join(dir, 'instance.json'), '--out', out, ...extra], (line) => lines.push(line)).then((code) => ({
    code,
    lines,
    out,
    files: readdirSync(dir),
  }))
}

describe('npm run plan', () => {
  it('writes plan.json in the machine-interface shape', async () => {
    const { code, out, lines } = await run(JSON.stringify(good))
    expect(code).toBe(0)
    expect(lines).toEqual([])
    const plan = JSON.parse(readFileSync(out, 'utf8'))
    expect(Object.keys(plan)).toEqual(['assignments', 'unassigned', 'objective'])
    expect(plan.assignments.map((a: Record<string, unknown>) => Object.keys(a))).toEqual([
      ['itemId', 'engineerId', 'mode', 'fit', 'value', 'reasons'],
      ['itemId', 'engineerId', 'mode', 'fit', 'value', 'reasons'],
    ])
    // The policy edit makes documentation hybrid work, where ben (0.6) beats ana (0.5).
    expect(plan.assignments[0]).toMatchObject({ itemId: 't1', engineerId: 'ben', mode: 'hybrid', fit: 0.6, value: 9.6 })
    expect(plan.objective).toBeCloseTo(9.6 + 4 * 16 * 0.9, 9)
  })

  // Ana takes all three craft items (90% loaded); Ben, nearly as good at craft, would sit idle.
  const skewed = {
    engineers: [
      { id: 'ana', capacityHours: 10, affinity: { orchestration: 0.1, craft: 0.9, hybrid: 0.2 } },
      { id: 'ben', capacityHours: 10, affinity: { orchestration: 0.1, craft: 0.89, hybrid: 0.2 } },
    ],
    items: ['a', 'b', 'c'].map((id) => ({ id, type: 'NOVEL_PROBLEM', hours: 3, priority: 1 })),
  }

  it("keeps the contract's objective exactly unless --balance asks for the balance pass", async () => {
    const plain = JSON.parse(readFileSync((await run(JSON.stringify(skewed))).out, 'utf8'))
    expect(Object.keys(plain)).toEqual(['assignments', 'unassigned', 'objective'])
    expect(plain.assignments.map((a: { engineerId: string }) => a.engineerId)).toEqual(['ana', 'ana', 'ana'])
    expect(plain.objective).toBeCloseTo(8.1, 9)
    const balancedRun = await run(JSON.stringify(skewed), ['--balance', '0.005'])
    expect(balancedRun.code).toBe(0)
    const balanced = JSON.parse(readFileSync(balancedRun.out, 'utf8'))
    expect(Object.keys(balanced)).toEqual(['assignments', 'unassigned', 'objective', 'balance'])
    expect(balanced.objective).toBeCloseTo(8.1 - 0.03, 9)
    expect(balanced.balance).toMatchObject({ budgetShare: 0.005, cost: 0.03, moves: [{ itemId: 'a', from: 'ana', to: 'ben' }] })
  })

  it.each([['abc'], ['-0.1'], ['2']])('refuses --balance %s with the usage line', async (share) => {
    const { code, lines, out } = await run(JSON.stringify(skewed), ['--balance', share])
    expect(code).toBe(2)
    expect(lines.join('\n')).toMatch(/--balance <share of the objective, 0 to 1>/)
    expect(existsSync(out)).toBe(false)
  })

  const item = good.items[0]
  it.each([
    ['malformed JSON', '{"engineers": [', /instance\.json: malformed JSON: /],
    [
      'an unknown work type',
      JSON.stringify({ ...good, items: [{ ...item, type: 'MAGIC' }] }),
      /items\[0\] \(id "t1"\): type must be one of/,
    ],
    ['hours <= 0', JSON.stringify({ ...good, items: [{ ...item, hours: -3 }] }), /items\[0\] \(id "t1"\): hours must be greater than 0/],
    ['duplicate ids', JSON.stringify({ ...good, items: [item, item] }), /items\[1\] \(id "t1"\): duplicate id/],
    [
      'a pin to an unknown engineer',
      JSON.stringify({ ...good, items: [{ ...item, pinnedTo: 'zed' }] }),
      /pinnedTo "zed" is not a known engineer/,
    ],
    [
      'a pin that breaks a hard rule',
      JSON.stringify({ ...good, items: [{ ...item, hours: 50, pinnedTo: 'ana' }] }),
      /engineers\[0\] \(id "ana"\): pinned items t1 need 50 h but capacityHours is 40/,
    ],
  ])('rejects %s, names the record and writes nothing', async (_, instance, message) => {
    const { code, lines, out, files } = await run(instance)
    expect(code).toBe(1)
    expect(lines.join('\n')).toMatch(message)
    expect(existsSync(out)).toBe(false)
    expect(files).toEqual(['instance.json'])
  })
})
