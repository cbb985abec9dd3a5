import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const runCheck = () =>
  new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/migrate.mjs', 'check'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('exit', (code) => resolve({ code: code ?? 1, output }))
  })

describe('migrations', () => {
  it('match schema.prisma exactly (no drift)', async () => {
    const { code, output } = await runCheck()
    expect(output).toContain('agree')
    expect(code).toBe(0)
  }, 180_000)
})
