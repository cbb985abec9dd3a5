import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreRules, suggestWorkType } from '@/lib/work-items/classify'

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

describe('rules learned from reading the training titles', () => {
  it('reads a commit-style scope as the part of the code, not the kind of work', () => {
    expect(suggestWorkType('optimizer: close the bundle when write rejects')?.alternatives[0].type).not.toBe('PERFORMANCE_CRITICAL')
    expect(suggestWorkType('module-runner: handle non-ascii characters')?.type).toBe('BOILERPLATE')
    // Scopes that name a kind of work, and capitalised openings, still count.
    expect(suggestWorkType('docs: clarify the proxy option')?.type).toBe('DOCUMENTATION')
    expect(suggestWorkType('perf: avoid scanning every file')?.alternatives[0].type).toBe('PERFORMANCE_CRITICAL')
    expect(suggestWorkType('Spike: can we use Mapbox for tracking?')?.type).toBe('RAPID_PROTOTYPING')
  })

  it('never lets a plain scope change the type the rest of the title gets', () => {
    const scope = fc
      .stringMatching(/^[a-z][a-z0-9-]{0,12}$/)
      .filter((s) => !/^(?:docs?|tests?|perf|ci|deps|chore|security|types|refactor|config|lint|spike|poc|prototype|review)$/.test(s))
    const title = fc.constantFrom(
      'handle malformed URI in the middleware',
      'write docs for the proxy option',
      'avoid a race between two rebuilds',
      'Memory leak in the websocket gateway',
      'respect the caseSensitive option',
      'fix OAuth login redirect loop',
    )
    fc.assert(
      fc.property(scope, title, (s, t) => {
        expect(suggestWorkType(`${s}: ${t}`)?.type).toBe(suggestWorkType(t)?.type)
      }),
    )
  })

  it('keeps apart words that only share letters: "notes" is not "not", and README in capitals is the readme', () => {
    expect(suggestWorkType('sass does not use the main field')?.alternatives[0].type).not.toBe('DOCUMENTATION')
    expect(suggestWorkType('Changelog and migration notes for v3.0')?.type).toBe('DOCUMENTATION')
    expect(suggestWorkType('list the new templates in README')?.type).toBe('DOCUMENTATION')
  })

  it('does not count a dependency optimizer, a build tool part, as performance work', () => {
    expect(suggestWorkType('improve dependency optimizer messages')?.alternatives[0].type).not.toBe('PERFORMANCE_CRITICAL')
    expect(suggestWorkType('Optimise the pricing hot path')?.type).toBe('PERFORMANCE_CRITICAL')
  })

  it('reads pull requests that a program fetches or reads fields of as records, not review work', () => {
    const types = (title: string) => suggestWorkType(title)?.alternatives.map((a) => a.type) ?? []
    expect(types('Add Config Option to Exclude Pull Requests That Matches Labels')).not.toContain('CODE_REVIEW')
    expect(types('Added regex config for pull request title and version number')).not.toContain('CODE_REVIEW')
    expect(types('Handle 404 while getting pull requests for a repository')).not.toContain('CODE_REVIEW')
    // Reviewing them, or the feedback on them, is still review work.
    expect(suggestWorkType('Review the pull request for the billing service')?.type).toBe('CODE_REVIEW')
    expect(suggestWorkType('Improve pull request feedback')?.type).toBe('CODE_REVIEW')
  })
})

describe('cues of the fourth round: options, lifecycles, running tests, and words that only look like work', () => {
  const top = (title: string) => suggestWorkType(title)?.alternatives[0]?.type
  // The types any rule found evidence for (the alternatives also list types without any).
  const types = (title: string) => scoreRules(title).map((t) => t.type)

  it('reads an option and the words naming it as option plumbing', () => {
    expect(top('respect the caseSensitive option in the hmr matcher')).toBe('BOILERPLATE')
    expect(top('support advanced ranking options')).toBe('BOILERPLATE')
    // The words outside the option's name still count, and X-Frame-Options is a header.
    expect(top('Memory leak in the server when the watch option is set')).toBe('PERFORMANCE_CRITICAL')
    expect(types('Set X-Frame-Options for embedded pages')).not.toContain('BOILERPLATE')
  })

  it('reads freezing data as state, and a freezing UI as slow', () => {
    expect(top('Freeze the selected values when the dialog opens')).toBe('COMPLEX_STATE')
    expect(top('UI freezes when opening a large file')).toBe('PERFORMANCE_CRITICAL')
  })

  it('reads something already closed or disposed as a lifecycle', () => {
    expect(top('skip the re-import if the runner is closed')).toBe('COMPLEX_STATE')
    expect(top('skip the re-import if the file is missing')).toBe('BOILERPLATE')
  })

  it('reads running tests as pipeline work, and writing them as test work', () => {
    expect(top('skip re-running tests on release commits')).toBe('INFRASTRUCTURE')
    expect(top('add tests for the release commit parser')).toBe('TEST_GENERATION')
  })

  it('reads a title opening with “validate” as security work, and validation elsewhere as not', () => {
    expect(suggestWorkType('validate the protected header values')?.type).toBe('SECURITY_AUTH')
    expect(types('Fix wrong view being displayed when a webhook fails validation')).not.toContain('SECURITY_AUTH')
  })

  // Words that only look like work count for nothing, while the work they look like is still read.
  it.each([
    ['a dollar sign', 'signing in', 'preserve dollar signs in URLs', 'SECURITY_AUTH', 'Users cannot sign in with Google'],
    [
      'an unknown value the code meets',
      'an unknown to research',
      'handle bodies of unknown length',
      'NOVEL_PROBLEM',
      'Investigate the unknown cause of the nightly crash',
    ],
    ['a decoded form', 'a form to fill in', 'redirect encoded paths to their decoded form', 'CRUD_SCAFFOLDING', 'Add a form for invoices'],
    [
      'a plugin container',
      'a deployment container',
      'provide onWarn in plugin containers',
      'INFRASTRUCTURE',
      'Run the worker in a Docker container',
    ],
    [
      'a name in double underscores',
      'the work',
      'avoid scanning all files under __tests__',
      'TEST_GENERATION',
      'add tests for the file scanner',
    ],
  ] as const)('does not take %s for %s', (_, __, lookalike, type, genuine) => {
    expect(types(lookalike)).not.toContain(type)
    expect(top(genuine)).toBe(type)
  })

  it('reads adding an article, updating links and comments in code as documentation', () => {
    expect(top('Add an article about feature flags')).toBe('DOCUMENTATION')
    expect(top('Update the onboarding links')).toBe('DOCUMENTATION')
    expect(top('fix the wording in the dev environment comment')).toBe('DOCUMENTATION')
    // Links and comments of a product's users are not.
    expect(types('Fix incorrect post links in strikes')).not.toContain('DOCUMENTATION')
    expect(top('Fix XSS in comments')).toBe('SECURITY_AUTH')
  })

  it('reads detecting a root or a change as a small check, and detecting duplicates as novel work', () => {
    expect(suggestWorkType('detect the Deno workspace root')?.type).toBe('BOILERPLATE')
    expect(top('Detect duplicate invoices')).toBe('NOVEL_PROBLEM')
  })

  it('reads an unhandled error as a stated defect', () => {
    expect(suggestWorkType('unhandled error on connection timeout')?.type).toBe('BOILERPLATE')
  })

  it('does not take a tag boundary or an error boundary for a module boundary', () => {
    expect(top('enforce the tag boundaries')).toBe('SECURITY_AUTH')
    expect(types('Add an error boundary around the chart')).not.toContain('ARCHITECTURE')
    expect(top('Define module boundaries for billing')).toBe('ARCHITECTURE')
  })

  it('does not take internet domains for a domain of the design', () => {
    expect(types('Remove followers from the selected domains')).not.toContain('ARCHITECTURE')
    expect(top('Split the billing domain into its own service')).toBe('ARCHITECTURE')
  })

  it('reads a name in backticks as an identifier, not as the work', () => {
    expect(types('Update `github-action-utils`')).not.toContain('INFRASTRUCTURE')
    expect(top('Update GitHub Actions')).toBe('INFRASTRUCTURE')
  })

  it('reads a title ending in “support” as compatibility plumbing, without hiding the work it names', () => {
    expect(suggestWorkType('mariadb driver support')?.type).toBe('BOILERPLATE')
    expect(top('Add SSO support')).toBe('SECURITY_AUTH')
  })
})
