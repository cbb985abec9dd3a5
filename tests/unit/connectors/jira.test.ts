import { describe, expect, it } from 'vitest'
import { adfToText, jiraSearchParams, parseJiraSearchPage, parseJiraUserSearch } from '@/lib/connectors/jira'
import { MalformedResponseError } from '@/lib/connectors/types'
import { retryDelayMs } from '@/lib/connectors/retry-after'

const issue = (fields: Record<string, unknown>) => ({ id: '1', key: 'P-1', fields: { summary: 'Title', ...fields } })

describe('Jira mapping', () => {
  it('reads story points before Original Estimate, priority names, status categories and ADF descriptions', () => {
    const page = parseJiraSearchPage(
      {
        issues: [
          issue({
            customfield_10016: 3,
            timeoriginalestimate: 7200,
            priority: { name: 'Highest' },
            status: { statusCategory: { key: 'indeterminate' } },
            description: {
              type: 'doc',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Hello' }, { type: 'hardBreak' }, { type: 'text', text: 'world' }] },
              ],
            },
          }),
          issue({ timeoriginalestimate: 7200, status: { statusCategory: { key: 'done' } } }),
        ],
        nextPageToken: 'abc',
      },
      'customfield_10016',
    )
    expect(page.next).toBe('abc')
    expect(page.issues[0]).toMatchObject({
      estimate: { value: 3, unit: 'points' },
      priority: 4,
      status: 'IN_PROGRESS',
      description: 'Hello\nworld',
    })
    expect(page.issues[1]).toMatchObject({ estimate: { value: 7200, unit: 'seconds' }, priority: 2, status: 'DONE' })
  })

  it('ends on isLast or a missing token, and refuses a body that is not a search page', () => {
    expect(parseJiraSearchPage({ issues: [], nextPageToken: 'x', isLast: true }, 'customfield_1').next).toBeNull()
    expect(parseJiraSearchPage({ issues: [] }, 'customfield_1').next).toBeNull()
    expect(() => parseJiraSearchPage('<html>', 'customfield_1')).toThrow(MalformedResponseError)
    expect(() => parseJiraSearchPage({ issues: [{ key: 1 }] }, 'customfield_1')).toThrow(MalformedResponseError)
  })

  it('asks for the fields it maps, 100 at a time, and passes the page token on', () => {
    const params = jiraSearchParams('project = P', 'customfield_10028', 'tok')
    expect(Object.fromEntries(params)).toEqual({
      jql: 'project = P',
      fields: 'summary,description,issuetype,labels,priority,timeoriginalestimate,status,customfield_10028',
      maxResults: '100',
      nextPageToken: 'tok',
    })
  })

  it('matches a user by visible e-mail, or the only user when Jira hides it', () => {
    expect(
      parseJiraUserSearch(
        [
          { accountId: 'a', emailAddress: 'x@y.z' },
          { accountId: 'b', emailAddress: 'Q@y.z' },
        ],
        'q@Y.z',
      ),
    ).toBe('b')
    expect(parseJiraUserSearch([{ accountId: 'h' }], 'q@y.z')).toBe('h')
    expect(parseJiraUserSearch([{ accountId: 'a', emailAddress: 'x@y.z' }], 'q@y.z')).toBeNull()
    expect(adfToText(null)).toBe('')
  })
})

describe('retryDelayMs', () => {
  const headers = (h: Record<string, string>) => new Headers(h)
  it('reads delay-seconds, an HTTP date and GitHub’s reset time, capped at 30 seconds', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(retryDelayMs(headers({ 'retry-after': '2' }), now)).toBe(2000)
    expect(retryDelayMs(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000)
    expect(retryDelayMs(headers({ 'retry-after': '3600' }), now)).toBe(30_000)
    expect(retryDelayMs(headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 3) }), now)).toBe(3000)
    expect(retryDelayMs(headers({ 'retry-after': 'soon' }), now)).toBeNull()
    expect(retryDelayMs(headers({}), now)).toBeNull()
  })
})
