import { expect, it } from 'vitest'
import { formatDateTime } from '@/lib/core/format'

it('formats a moment the same on the server and in the browser, in UTC', () => {
  expect(formatDateTime(new Date('2026-12-03T14:05:09Z'))).toBe('3 Dec 2026, 14:05 UTC')
})
