import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The engineering guide opens with a map from each capability to its routes, components, lib files and
// tests. A map that drifts from the tree misleads, so every path it names must exist and every file under
// lib/ must be named by exactly one capability (a folder, written with a trailing slash, names all its files).

const root = join(import.meta.dirname, '..', '..', '..')
const guide = readFileSync(join(root, 'docs/engineering-guide.md'), 'utf8')
const map = guide.slice(guide.indexOf('## Capability map'), guide.indexOf('\n## ', guide.indexOf('## Capability map') + 1))
const capabilities = map
  .split('\n### ')
  .slice(1)
  .map((block) => ({
    name: block.split('\n')[0],
    paths: [...block.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]).filter((p) => /^(app|components|lib|tests)\/|^[\w-]+\.ts$/.test(p)),
  }))

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`
    if (statSync(join(root, path)).isDirectory()) return path === 'lib/generated' ? [] : filesUnder(path)
    return [path]
  })
}

describe('the capability map in docs/engineering-guide.md', () => {
  it('names the capabilities, each with paths', () => {
    expect(capabilities.map((c) => c.name)).toEqual([
      'Accounts and organisations',
      'Survey and profiles',
      'Work items',
      'Sprints',
      'Planner and matching',
      'Dashboards',
      'Connectors',
      'Public API',
      'Platform',
      'Background jobs',
      'Webhooks',
    ])
    for (const c of capabilities) expect(c.paths.length, c.name).toBeGreaterThan(3)
  })

  it('names only paths that exist', () => {
    const missing = capabilities.flatMap((c) => c.paths.filter((p) => !existsSync(join(root, p))).map((p) => `${c.name}: ${p}`))
    expect(missing).toEqual([])
  })

  it('names every file under lib/ exactly once', () => {
    const named = capabilities.flatMap((c) => c.paths.filter((p) => p.startsWith('lib/')).map((path) => ({ capability: c.name, path })))
    const owners = (file: string) => named.filter(({ path }) => (path.endsWith('/') ? file.startsWith(path) : file === path))
    const wrong = filesUnder('lib').flatMap((file) => {
      const found = owners(file)
      return found.length === 1 ? [] : [`${file}: ${found.length === 0 ? 'not named' : found.map((o) => o.capability).join(' and ')}`]
    })
    expect(wrong).toEqual([])
  })
})
