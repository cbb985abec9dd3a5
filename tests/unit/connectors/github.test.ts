import { describe, expect, it } from 'vitest'
import { githubIssuesPath, nextLink, parseGithubIssues, parseGithubUserSearch } from '@/lib/connectors/github'
import { MalformedResponseError } from '@/lib/connectors/types'

describe('GitHub mapping', () => {
  it('asks for every state, 100 a page, with the labels and milestone of the scope', () => {
    expect(githubIssuesPath({ repository: 'a/b', labels: 'x,y', milestone: '3' })).toBe(
      '/repos/a/b/issues?state=all&per_page=100&labels=x%2Cy&milestone=3',
    )
    expect(githubIssuesPath({ repository: 'a/b', labels: '', milestone: '' })).toBe('/repos/a/b/issues?state=all&per_page=100')
  })

  it('follows rel="next" of a Link header and stops without one', () => {
    const link =
      '<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=5>; rel="last"'
    expect(nextLink(link)).toBe('https://api.github.com/repositories/1/issues?page=2')
    expect(nextLink('<https://x/issues?page=1>; rel="prev"')).toBeNull()
    expect(nextLink(null)).toBeNull()
  })

  it('leaves pull requests out and reads priority and estimate labels', () => {
    const issues = parseGithubIssues(
      [
        { number: 1, title: 'A', body: null, state: 'closed', labels: [{ name: 'Priority: Urgent' }, 'points: 2'] },
        { number: 2, title: 'B', state: 'open', labels: [], pull_request: { url: 'x' } },
      ],
      'a/b',
    )
    expect(issues).toEqual([
      expect.objectContaining({
        externalKey: 'a/b#1',
        upstreamId: '1',
        priority: 4,
        estimate: { value: 2, unit: 'points' },
        status: 'DONE',
      }),
    ])
    expect(() => parseGithubIssues({ message: 'x' }, 'a/b')).toThrow(MalformedResponseError)
  })

  it('takes a user only when the search finds exactly one', () => {
    expect(parseGithubUserSearch({ total_count: 1, items: [{ login: 'ann' }] })).toBe('ann')
    expect(parseGithubUserSearch({ total_count: 2, items: [{ login: 'a' }, { login: 'b' }] })).toBeNull()
  })
})
