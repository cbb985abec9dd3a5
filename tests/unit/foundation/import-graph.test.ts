import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// The layers of lib/ (engineering guide, "Layers") as ranks: a module may import its own folder and
// folders of a lower rank, never one above it, and no chain of imports may come back to where it began.

const root = join(import.meta.dirname, '..', '..', '..')
const RANKS: Record<string, number> = {
  core: 0,
  csv: 1,
  survey: 1,
  navigation: 1,
  schemas: 2,
  accounts: 2,
  matching: 2,
  'work-items': 3,
  metrics: 3,
  planner: 4,
  connectors: 4,
  'email/templates': 5,
  env: 6,
  log: 7,
  jobs: 2,
  webhooks: 1,
  scim: 3,
  cache: 7,
  email: 8,
  db: 9,
  auth: 10,
  server: 11,
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`
    if (statSync(join(root, path)).isDirectory()) return path === 'lib/generated' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

/** lib/ files this file imports (statically, dynamically, or re-exports), as repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1])
  return specifiers.flatMap((spec) => {
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? normalize(join(dirname(file), spec)) : null
    if (!base?.startsWith('lib/') || base.startsWith('lib/generated')) return []
    const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find(
      (p) => existsSync(join(root, p)) && statSync(join(root, p)).isFile(),
    )
    return found ? [found] : []
  })
}

/** The layer a lib/ file belongs to: its folder, or the file itself at the top of lib/. */
function layerOf(file: string): string {
  const path = relative('lib', file).replace(/\.tsx?$/, '')
  if (path in RANKS) return path
  return path.split('/')[0]
}

const files = sourceFiles('lib')
const graph = new Map(files.map((f) => [f, importsOf(f)]))

describe('imports inside lib/', () => {
  it('every file belongs to a ranked layer', () => {
    expect(files.map(layerOf).filter((layer) => !(layer in RANKS))).toEqual([])
  })

  it('point one way: down the layers, or within a folder', () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      targets.filter((to) => layerOf(from) !== layerOf(to) && RANKS[layerOf(to)] >= RANKS[layerOf(from)]).map((to) => `${from} -> ${to}`),
    )
    expect(upward).toEqual([])
  })

  it('never run in a circle', () => {
    // Depth-first search; a file reached again while still on the path closes a circle.
    const state = new Map<string, 'open' | 'done'>()
    const circles: string[] = []
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open')
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), file, next].join(' -> '))
        else if (!state.has(next)) visit(next, [...path, file])
      }
      state.set(file, 'done')
    }
    for (const file of files) if (!state.has(file)) visit(file, [])
    expect(circles).toEqual([])
  })
})
