import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The repository must be readable on its own: no citation of a folder beside it, or of the house
// documents that used to live there. Their content is now docs/matching-contract.md and the
// engineering guide's style rules. The patterns are written so this file does not match itself.
const OUTSIDE = [
  { what: 'a path into a folder outside the repository', pattern: /(?:\.\.|\/work)\/shared\b/g },
  { what: 'a document that is not in the repository', pattern: /\b(?:MATCHING|STYLE|STACK)\.md\b/g },
  { what: 'a style rule cited from the old style document', pattern: /\bSTYLE\s+rule\b/g },
]

/** Every outside reference in `text`, as `line N: match (what it is)`. */
function outsideReferences(text: string): string[] {
  const found: string[] = []
  text.split('\n').forEach((line, index) => {
    for (const { what, pattern } of OUTSIDE) {
      for (const match of line.matchAll(pattern)) found.push(`line ${index + 1}: ${match[0]} (${what})`)
    }
  })
  return found
}

const root = fileURLToPath(new URL('../../..', import.meta.url))

function trackedTextFiles(): string[] {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean)
  // The lock file is generated; a file deleted in the working tree but not yet in git's index has nothing to read.
  return files.filter((file) => file !== 'package-lock.json' && existsSync(join(root, file)))
}

describe('a self-contained repository', () => {
  it('recognises outside references and leaves in-repository ones alone', () => {
    const outside = [
      `Read this with ../${'shared'}/${'STYLE'}.md first.`,
      `Implements /work/${'shared'}/${'MATCHING'}.md.`,
      `See ${'STACK'}.md for the versions.`,
      `// Optimistic concurrency (${'STYLE'} rule 11).`,
    ]
    expect(outside.map((line) => outsideReferences(line).length)).toEqual([2, 2, 1, 1])
    const inside = [
      'The contract is docs/matching-contract.md, "Hard rules".',
      '// Optimistic concurrency (engineering guide, style rule 11).',
      'import { type SeriesStyle } from "@/components/charts/patterns"',
      'The planner view is shared between requests (lib/db/planner/reads.ts).',
    ]
    expect(inside.flatMap(outsideReferences)).toEqual([])
  })

  it('has no tracked text file that points outside the repository', () => {
    const files = trackedTextFiles()
    expect(files.length).toBeGreaterThan(100)
    const offenders: string[] = []
    for (const file of files) {
      const bytes = readFileSync(join(root, file))
      if (bytes.includes(0)) continue // binary (images, fonts)
      for (const found of outsideReferences(bytes.toString('utf8'))) offenders.push(`${file} ${found}`)
    }
    expect(offenders).toEqual([])
  })
})
