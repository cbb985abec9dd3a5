import { describe, expect, it } from 'vitest'
import { suggestWorkType } from '@/lib/work-items/classify'

// The failures named in issue 20, each read in context by a phrase cue or a whole-word match.
describe('rules that read words in context', () => {
  it.each([
    ['Move the parser into core', 'ARCHITECTURE'],
    ['Explain the configuration options', 'DOCUMENTATION'],
    ['No correct way to invalidate cache entries', 'COMPLEX_STATE'],
    ['User provisioning via REST API', 'SECURITY_AUTH'],
    ['Build an end-to-end payments integration prototype', 'RAPID_PROTOTYPING'],
    ['Literature review of search algorithms', 'NOVEL_PROBLEM'],
    ['Transform the proof-of-concept into a library', 'ARCHITECTURE'],
    ['Write docs for the OAuth flow', 'DOCUMENTATION'],
    ['Review the design of the plugin API', 'ARCHITECTURE'],
    ['Write unit tests for the OAuth callback', 'TEST_GENERATION'],
    ['Bump esbuild to 0.27', 'BOILERPLATE'],
  ] as const)('ranks “%s” first as %s', (title, type) => {
    expect(suggestWorkType(title)?.alternatives[0].type).toBe(type)
  })

  it('does not read “core” as CORS, but still knows CORS', () => {
    expect(suggestWorkType('Move the parser into core')?.alternatives.map((a) => a.type)).not.toContain('SECURITY_AUTH')
    expect(suggestWorkType('Fix CORS headers')?.alternatives[0].type).toBe('SECURITY_AUTH')
  })

  it('lets a verb phrase claim its object: the docs are about OAuth, not OAuth work', () => {
    expect(suggestWorkType('Write docs for the OAuth flow')?.matched).toEqual(['Write docs for the …'])
  })

  it('drops “end-to-end” that is not about tests, and keeps it when it is', () => {
    expect(suggestWorkType('Build an end-to-end payments integration prototype')?.alternatives.map((a) => a.type)).not.toContain(
      'TEST_GENERATION',
    )
    expect(suggestWorkType('Add end-to-end tests for checkout')?.alternatives[0].type).toBe('TEST_GENERATION')
  })

  it('keeps "cache" alone a performance hint, but cache invalidation is state', () => {
    expect(suggestWorkType('Add a cache in front of the pricing API')?.alternatives[0].type).toBe('PERFORMANCE_CRITICAL')
    expect(suggestWorkType('Stale cache after saving settings')?.alternatives[0].type).toBe('COMPLEX_STATE')
  })

  it('is not sure about a vague title instead of guessing confidently', () => {
    const suggestion = suggestWorkType('Update the list')
    expect(suggestion?.type ?? null).toBeNull()
  })
})
