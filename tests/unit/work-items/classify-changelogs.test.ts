import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreRules, suggestWorkType } from '@/lib/work-items/classify'
import { inflected } from '@/lib/work-items/classify-cues'
import { titleKind } from '@/lib/work-items/classify-prior'
import { tokenize } from '@/lib/work-items/classify-text'

// Rules read from the training titles of six changelogs (a web app, a proxy, a database library, a
// security library, a UI component library and a documentation framework).
const top = (title: string) => suggestWorkType(title)?.alternatives[0]?.type
const types = (title: string) => suggestWorkType(title)?.alternatives.map((a) => a.type) ?? []

describe('a changelog’s inflected verbs read as the verbs a commit title uses', () => {
  const forms = fc.constantFrom(
    ['fix', 'fixes', 'fixed'],
    ['add', 'adds', 'added'],
    ['update', 'updates', 'updated'],
    ['simplify', 'simplifies', 'simplified'],
    ['strip', 'strips', 'stripped'],
    ['use', 'uses', 'used'],
  )
  const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1)
  // Words no rule knows, so only the opening verb and the title's form decide.
  const rest = fc.constantFrom('aside styling without content', 'the Sätteri processor', 'knex.migrate.to and knex.migrate.before')

  it('matches every inflection a verb pattern is built for', () => {
    fc.assert(
      fc.property(forms, ([verb, ...others]) => {
        const pattern = new RegExp(`^(?:${inflected(verb)})$`)
        for (const form of [verb, ...others]) expect(form).toMatch(pattern)
        expect(`${verb}x`).not.toMatch(pattern)
      }),
    )
  })

  it('gives “Fixes …” and “Added …” the suggestion that “fix …” and “add …” get', () => {
    fc.assert(
      fc.property(forms, rest, ([verb, ...others], words) => {
        const base = suggestWorkType(`${verb} ${words}`)
        expect(base?.type).toBe('BOILERPLATE')
        for (const form of others) {
          expect(titleKind(`${capitalised(form)} ${words}`)?.kind).toBe('changeVerb')
          expect(suggestWorkType(`${capitalised(form)} ${words}`)?.type).toBe(base?.type)
        }
      }),
    )
  })
})

describe('scopes that list several parts of the code', () => {
  it('reads “k8s/ingress-nginx:” and “middleware, k8s/crd:” as places, not infrastructure work', () => {
    expect(titleKind('k8s/ingress-nginx: Configure retry according to buffering')).toEqual({
      kind: 'codeScope',
      shown: 'k8s/ingress-nginx:',
    })
    expect(titleKind('pg,mssql: preserve binding order')?.kind).toBe('codeScope')
    expect(suggestWorkType('middleware, k8s/crd: Add missing ErrorRequestHeaders field to CRDs')?.type).toBe('BOILERPLATE')
    // Outside a scope the word still names infrastructure.
    expect(top('Migrate staging cluster to k8s')).toBe('INFRASTRUCTURE')
  })

  it('never lets a scope of several parts change the type the rest of the title gets', () => {
    // Parts that are words the rules know elsewhere: as a scope they must count for nothing.
    const part = fc.constantFrom('k8s', 'nginx', 'docker', 'cache', 'middleware', 'crd', 'gatewayapi', 'server', 'webui', 'pg')
    const scope = fc.tuple(part, part, fc.constantFrom('/', ', ', ',')).map(([a, b, join]) => `${a}${join}${b}`)
    const title = fc.constantFrom('write docs for the proxy option', 'avoid a race between two rebuilds', 'fix OAuth login redirect loop')
    fc.assert(
      fc.property(scope, title, (s, t) => {
        expect(suggestWorkType(`${s}: ${t}`)?.type).toBe(suggestWorkType(t)?.type)
      }),
    )
  })
})

describe('words that name a kind of work across projects', () => {
  it('reads a title opening with “reject”, “enforce” or “sanitize” as security work, and a rejected promise as not', () => {
    expect(suggestWorkType('reject a non-string alg in EmbeddedJWK')?.type).toBe('SECURITY_AUTH')
    expect(suggestWorkType('enforce a single recipient when decrypting')?.type).toBe('SECURITY_AUTH')
    expect(suggestWorkType('Sanitizes the rewritten target')?.type).toBe('SECURITY_AUTH')
    expect(types('close the watcher when write rejects')).not.toContain('SECURITY_AUTH')
  })

  it('does not read the verb “allow” or a timeout as security or performance work', () => {
    expect(types('Change auto-linking to allow carets in URL query params')).not.toContain('SECURITY_AUTH')
    expect(types('send 408 on request timeout')).not.toContain('PERFORMANCE_CRITICAL')
  })

  it('keeps the final S of a mixed-case acronym: ReDoS is not “redo”', () => {
    expect(tokenize('ReDoS').map((t) => t.stem)).toEqual(['redos'])
    expect(tokenize('redos').map((t) => t.stem)).toEqual(['redo'])
    expect(suggestWorkType('Update Ruby due to ReDoS vulnerabilities')?.type).toBe('SECURITY_AUTH')
  })

  it.each([
    ['Fix multiple N+1s in ConversationsController', 'PERFORMANCE_CRITICAL'],
    ['Fix inefficiencies in indexing content for search', 'PERFORMANCE_CRITICAL'],
    ['Ensure the selection is up to date after typing', 'COMPLEX_STATE'],
    ['Don’t render the portal while hydrating', 'COMPLEX_STATE'],
    ['order overlapping remote reloads', 'COMPLEX_STATE'],
    ['Add hardening headers for uploaded files', 'SECURITY_AUTH'],
    ['Fix unescaped user input in the query', 'SECURITY_AUTH'],
    ['Improves Czech UI translations', 'BOILERPLATE'],
    ['chore: new publish/release workflow', 'INFRASTRUCTURE'],
  ] as const)('suggests “%s” as %s', (title, type) => {
    expect(suggestWorkType(title)?.type).toBe(type)
  })

  it('reads an algorithm that code names or selects as an identifier, and designing one as novel work', () => {
    expect(types('name the alg source in unsupported algorithm failures')).not.toContain('NOVEL_PROBLEM')
    expect(types('key: compact JWK algorithm selection')).not.toContain('NOVEL_PROBLEM')
    expect(suggestWorkType('Design an algorithm to auto-schedule shifts')?.type).toBe('NOVEL_PROBLEM')
  })

  it('does not take approving something for review work on its own', () => {
    expect(suggestWorkType('Fix accounts approve not approving the earliest registrations')?.type).not.toBe('CODE_REVIEW')
    expect(suggestWorkType('Approve the pull request for the billing service')?.type).toBe('CODE_REVIEW')
  })
})

describe('words that name a thing, not a kind of work', () => {
  it.each([
    ['css: support lightningcss plugin dependency', 'ARCHITECTURE'],
    ['capitalize error messages and remove spurious spaces', 'CRUD_SCAFFOLDING'],
    ['correct binding order in delete with subquery join', 'CRUD_SCAFFOLDING'],
    ['Fix user archive takeouts when using object storage', 'CRUD_SCAFFOLDING'],
    ['Fixes the table of contents overflowing the viewport', 'CRUD_SCAFFOLDING'],
    ['Ensure the dialog works after touching a disallowed area', 'SECURITY_AUTH'],
  ] as const)('does not count “%s” as %s', (title, type) => {
    expect(scoreRules(title).map((tally) => tally.type)).not.toContain(type)
  })

  it('still knows the phrases those words were part of', () => {
    expect(suggestWorkType('Design the plugin system for third-party integrations')?.type).toBe('ARCHITECTURE')
    expect(suggestWorkType('Admin page to manage customer discount codes')?.type).toBe('CRUD_SCAFFOLDING')
  })
})
