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

/**
 * Node options for a production server. Rendering a page allocates many short-lived objects; V8's
 * default young generation (16 MB semi-spaces) promotes and collects them so often that garbage
 * collection was about 12% of a page's CPU under load. 64 MB semi-spaces cut the collector's time per
 * page by about a third (docs/performance.md), for at most ~150 MB more memory per instance.
 */
export function withServerNodeOptions(env) {
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, '--max-semi-space-size=64'].filter(Boolean).join(' ') }
}
