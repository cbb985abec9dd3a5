import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { WORK_TYPES } from '@/lib/core/work-types'

// The benchmark's data (tests/data/README.md): its figures are only as sound as these files.
interface Labels {
  source: string
  type: string
  also?: string[]
}
const read = <T>(file: string): T[] =>
  readFileSync(join(import.meta.dirname, '../../data', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T)
const titles = read<Labels & { title: string; split: string }>('work-type-titles.jsonl')
const secondReading = read<Labels>('work-type-titles-second-reading.jsonl')
const known = new Set<string>(WORK_TYPES)

describe('the labelled titles', () => {
  it.each([
    ['work-type-titles.jsonl', titles],
    ['work-type-titles-second-reading.jsonl', secondReading],
  ])('%s names only work types, and never lists a title’s own type as also acceptable', (_, rows) => {
    const faults = rows.filter((r) => !known.has(r.type) || (r.also ?? []).some((t) => !known.has(t) || t === r.type))
    expect(faults).toEqual([])
  })

  it('holds out a title exactly when the CRC-32 of its source is below 3 modulo 10', () => {
    const misplaced = titles.filter((r) => crc32(r.source) % 10 < 3 !== (r.split === 'held-out'))
    expect(misplaced).toEqual([])
  })

  it('has a second reading of every held-out title and of nothing else', () => {
    const heldOut = titles.filter((r) => r.split === 'held-out').map((r) => r.source)
    expect(secondReading.map((r) => r.source)).toEqual(heldOut)
  })
})
