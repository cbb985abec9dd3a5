import { expect, it } from 'vitest'
import { stem } from '@/lib/work-items/classify'
import { KEYWORDS } from '@/lib/work-items/classify-rules'

it('has no two keyword entries that mean the same once stemmed', () => {
  const seen = new Map<string, string>()
  const clashes: string[] = []
  for (const [type, entries] of Object.entries(KEYWORDS)) {
    for (const phrase of Object.keys(entries)) {
      const key = phrase.split(' ').map(stem).join(' ')
      const earlier = seen.get(key)
      if (earlier) clashes.push(`${type} “${phrase}” = ${earlier}`)
      seen.set(key, `${type} “${phrase}”`)
    }
  }
  expect(clashes).toEqual([])
})
