// Spawns a child asynchronously (never spawnSync: a process hosting PGlite must keep its event loop
// free, or a child talking to the database deadlocks) and resolves with its exit code.
import { spawn } from 'node:child_process'

export function run(command, args, env = process.env, onSpawn = () => {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    onSpawn(child)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

export async function runOrExit(command, args, env) {
  const code = await run(command, args, env)
  if (code !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed with exit code ${code}.`)
    process.exit(code)
  }
}
