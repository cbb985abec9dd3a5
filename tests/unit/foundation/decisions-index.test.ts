import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// docs/decisions/README.md is where people look a decision up, so it must list every decision file,
// under the number and title the file itself opens with, and nothing that is not there.
const folder = fileURLToPath(new URL('../../../docs/decisions/', import.meta.url))

function decisionFiles(): { file: string; number: string; title: string }[] {
  return readdirSync(folder)
    .filter((file) => /^\d{4}-.+\.md$/.test(file))
    .sort()
    .map((file) => {
      const heading = readFileSync(`${folder}${file}`, 'utf8').split('\n')[0]
      const match = /^# (\d{4}) (.+)$/.exec(heading)
      return { file, number: match?.[1] ?? `(no "# NNNN Title" heading)`, title: match?.[2] ?? '' }
    })
}

/** The index's rows: `| [NNNN](file) | title | one line | status |`. */
function indexRows(): { file: string; number: string; title: string }[] {
  const index = readFileSync(`${folder}README.md`, 'utf8')
  return [...index.matchAll(/^\| \[(\d{4})\]\(([^)]+)\) \| ([^|]+?) \| [^|]+ \| [^|]+ \|$/gm)].map(([, number, file, title]) => ({
    file,
    number,
    title,
  }))
}

describe('the decisions index', () => {
  it('lists every decision file once, in number order, with the number and title its file opens with', () => {
    const files = decisionFiles()
    expect(files.length).toBeGreaterThan(10)
    expect(indexRows()).toEqual(files)
  })
})
