import { expect, it } from 'vitest'
import { densityFrom } from '@/components/planner/density'

const cookies = (value?: string) => ({ get: (name: string) => (name === 'planner-density' && value !== undefined ? { value } : undefined) })

it('reads a remembered compact density from its cookie', () => {
  expect(densityFrom(cookies('compact'))).toBe('compact')
})

it('falls back to comfortable without the cookie or with a value it does not know', () => {
  expect(densityFrom(cookies())).toBe('comfortable')
  expect(densityFrom(cookies('dense'))).toBe('comfortable')
})
