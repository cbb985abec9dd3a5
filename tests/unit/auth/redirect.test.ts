import { describe, expect, it } from 'vitest'
import { safeNextPath } from '@/lib/auth/redirect'

describe('safeNextPath', () => {
  it.each(['/', '/settings', '/invite/abc.def?x=1', '/sprints/1#top'])('keeps the same-site path %s', (path) => {
    expect(safeNextPath(path)).toBe(path)
  })

  it.each([
    ['protocol-relative', '//evil.example/x'],
    ['absolute URL', 'https://evil.example/'],
    ['backslash trick', '/\\evil.example'],
    ['javascript URL', 'javascript:alert(1)'],
    ['relative path', 'settings'],
    ['empty', ''],
  ])('refuses a %s', (_what, path) => {
    expect(safeNextPath(path, '/fallback')).toBe('/fallback')
  })

  it('refuses non-strings', () => {
    expect(safeNextPath(undefined)).toBe('/')
    expect(safeNextPath(['/a'], '/x')).toBe('/x')
    expect(safeNextPath(42, '/x')).toBe('/x')
  })
})
