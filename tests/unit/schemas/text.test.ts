import { describe, expect, it } from 'vitest'
import { textField } from '@/lib/schemas/text'

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message

describe('textField', () => {
  const title = textField({ label: 'Title', min: 3, max: 10, missing: 'Enter a title' })

  it('trims, and names the field in its own words', () => {
    expect(title.parse('  Fix it  ')).toBe('Fix it')
    expect(messageOf(title.safeParse(undefined))).toBe('Enter a title')
    expect(messageOf(title.safeParse(' ab '))).toBe('Title must be at least 3 characters')
    expect(messageOf(title.safeParse('a'.repeat(11)))).toBe('Title must be at most 10 characters')
  })

  it('says "Enter …" for an empty value when one character is enough', () => {
    const name = textField({ label: 'Team name', min: 1, max: 60, missing: 'Enter a team name' })
    expect(messageOf(name.safeParse('   '))).toBe('Enter a team name')
    expect(name.parse('A')).toBe('A')
  })
})
