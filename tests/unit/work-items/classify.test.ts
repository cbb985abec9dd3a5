import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide, stem, suggestWorkType, SURE_ENOUGH } from '@/lib/work-items/classify'

describe('suggestWorkType', () => {
  it('names the words that decided and why', () => {
    const suggestion = suggestWorkType('Fix OAuth login redirect loop')
    expect(suggestion).toMatchObject({
      type: 'SECURITY_AUTH',
      matched: ['OAuth', 'login'],
      // The runner-up names its word too: "Fix" alone would mean a small fix (Boilerplate).
      reasons: ['Security & auth: the title says “OAuth” and “login”.', 'Boilerplate: the title says “Fix”.'],
    })
    expect(suggestion?.confidence).toBeGreaterThan(0.9)
    expect(suggestion?.reason).toMatch(
      /^Security & auth \(\d+% likely\)\. Security & auth: the title says “OAuth” and “login”\. Boilerplate/,
    )
  })

  it.each([
    ['Optimise the pricing hot path', 'PERFORMANCE_CRITICAL'],
    ['Optimization of image resizing', 'PERFORMANCE_CRITICAL'],
    ['Terraform module for the event queues', 'INFRASTRUCTURE'],
    ['Scaffold CRUD pages for vendors', 'CRUD_SCAFFOLDING'],
    ['Update the README', 'DOCUMENTATION'],
    ['Add CSRF protection to forms', 'SECURITY_AUTH'],
    ['Checkout takes 8s on slow 3G', 'PERFORMANCE_CRITICAL'],
    // A corrective verb or a stated defect is a small fix, unless other work is named.
    ['respect resolve.preserveSymlinks when resolving root', 'BOILERPLATE'],
    ['worker: some worker asset was missing', 'BOILERPLATE'],
    ['avoid a race condition between two rebuilds', 'COMPLEX_STATE'],
    ['avoid path traversal in the sourcemap handler', 'SECURITY_AUTH'],
    // Closing what was opened is state; doing less work or quadratic growth is performance.
    ['optimizer: close the rolldown bundle when write() rejects', 'COMPLEX_STATE'],
    ['worker: rebuild only when affected', 'PERFORMANCE_CRITICAL'],
    ['Duplicate resolution is O(n^2)', 'PERFORMANCE_CRITICAL'],
    ['html: omit nonce on import map when CSP is unset', 'SECURITY_AUTH'],
    // A Markdown file is a document, storing entries is CRUD, finding duplicates a novel problem.
    ['Update mentor-retrospective.md', 'DOCUMENTATION'],
    ['Save submitted form response in database', 'CRUD_SCAFFOLDING'],
    ['Admin user list', 'CRUD_SCAFFOLDING'],
    ['Identify duplicates in imported customer records', 'NOVEL_PROBLEM'],
    // Only a few words may sit between storing and the database, or any long sentence would match.
    ['Store user data securely so that no user can gain access to the database', 'SECURITY_AUTH'],
  ] as const)('classifies “%s” as %s', (title, type) => {
    expect(suggestWorkType(title)?.type).toBe(type)
  })

  it('counts a phrase once, not also the words inside it', () => {
    expect(suggestWorkType('Memory leak in worker')?.matched).toEqual(['Memory leak'])
  })

  it('weighs the title more than the description', () => {
    const suggestion = suggestWorkType('Kubernetes upgrade for the API cluster', 'Watch p99 latency after the rollout')
    expect(suggestion?.type).toBe('INFRASTRUCTURE')
  })

  it('falls back to the description, with less confidence', () => {
    const suggestion = suggestWorkType('ACME-1234', 'Customers report that the login page accepts any password')
    expect(suggestion).toMatchObject({ type: 'SECURITY_AUTH', matched: ['login', 'password'] })
    expect(suggestion?.reasons[0]).toBe('Security & auth: the description says “login” and “password”.')
    expect(suggestion?.confidence).toBeLessThan(suggestWorkType('Login password reset')?.confidence ?? 0)
  })

  it('does not reward repeating a word', () => {
    expect(suggestWorkType('docs docs docs docs')).toEqual(suggestWorkType('docs'))
  })

  it('says "not sure" and names the two likeliest types when the evidence is split', () => {
    const suggestion = suggestWorkType('Kafka consumer lag dashboard')
    expect(suggestion?.type).toBeNull()
    expect(suggestion?.alternatives.map((a) => a.type)).toEqual(['PERFORMANCE_CRITICAL', 'INFRASTRUCTURE'])
    expect(suggestion?.reason).toMatch(/^Not sure: Performance-critical or Infrastructure\./)
  })

  it.each(['', '   ', 'asdf qwerty zxcv', 'Lorem ipsum dolor sit amet', '???!!'])('suggests nothing for “%s”', (title) => {
    expect(suggestWorkType(title)).toBeNull()
  })

  it('always returns a confidence in 0..1 and only words that occur in the text', () => {
    const words = fc.constantFrom('OAuth', 'slow', 'docs', 'the', 'review', 'state', 'k8s', 'banana', 'p99', 'form')
    const text = fc.array(words, { maxLength: 8 }).map((ws) => ws.join(' '))
    fc.assert(
      fc.property(text, text, (title, description) => {
        const suggestion = suggestWorkType(title, description)
        if (suggestion === null) return
        expect(suggestion.confidence).toBeGreaterThan(0)
        expect(suggestion.confidence).toBeLessThanOrEqual(1)
        expect(suggestion.type === null).toBe(suggestion.confidence < SURE_ENOUGH)
        expect(suggestion.alternatives.length).toBeGreaterThanOrEqual(2)
        expect(suggestion.matched.length).toBeGreaterThan(0)
        for (const word of suggestion.matched) expect(`${title} ${description}`).toContain(word)
      }),
    )
  })
})

describe('stem', () => {
  it('brings British and American spellings and inflections together', () => {
    expect(stem('optimising')).toBe(stem('optimize'))
    expect(stem('optimisation')).toBe(stem('optimized'))
    expect(stem('caches')).toBe(stem('caching'))
    expect(stem('queries')).toBe(stem('query'))
    expect(stem('tests')).toBe(stem('testing'))
  })

  it('leaves short words, codes and "-ss" words alone and folds durations together', () => {
    expect(stem('ci')).toBe('ci')
    expect(stem('p99')).toBe('p99')
    expect(stem('access')).toBe('access')
    expect(stem('8s')).toBe(stem('450ms'))
  })

  it('keeps different words apart: "cors" is not "core", "docs" keeps its s', () => {
    expect(stem('cors')).not.toBe(stem('core'))
    expect(stem('docs')).toBe('docs')
  })
})

describe('decide', () => {
  it('is sure exactly when the confidence it shows reaches SURE_ENOUGH', () => {
    const probabilities = (best: number) => [best, (1 - best) / 2, (1 - best) / 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    expect(decide(probabilities(0.4996), [], [])).toMatchObject({ type: 'CRUD_SCAFFOLDING', confidence: 0.5 })
    expect(decide(probabilities(0.4949), [], [])).toMatchObject({ type: null, confidence: 0.49 })
  })
})
