import { describe, expect, it } from 'vitest'
import { linearFailureOf, linearIssuesRequest, parseLinearIssuesPage, parseLinearUser } from '@/lib/connectors/linear'
import { MalformedResponseError } from '@/lib/connectors/types'

const node = (over: Record<string, unknown>) => ({
  id: 'u1',
  identifier: 'ENG-1',
  title: 'T',
  description: null,
  priority: 1,
  estimate: 2,
  labels: { nodes: [{ name: 'bug' }] },
  state: { type: 'completed' },
  ...over,
})

describe('Linear mapping', () => {
  it('asks for a cycle when the scope names one, else the team', () => {
    expect(linearIssuesRequest({ teamId: 't', cycleId: '' }, null)).toMatchObject({
      operationName: 'TeamIssues',
      variables: { id: 't', after: null },
    })
    expect(linearIssuesRequest({ teamId: 't', cycleId: 'c' }, 'x')).toMatchObject({
      operationName: 'CycleIssues',
      variables: { id: 'c', after: 'x' },
    })
  })

  it('maps priority 1 (urgent) to 4, estimates as points, completed and canceled as done, and follows endCursor', () => {
    const page = parseLinearIssuesPage({
      data: {
        team: {
          issues: {
            nodes: [node({}), node({ priority: 0, estimate: null, state: { type: 'backlog' } })],
            pageInfo: { hasNextPage: true, endCursor: 'c2' },
          },
        },
      },
    })
    expect(page?.next).toBe('c2')
    expect(page?.issues[0]).toMatchObject({
      externalKey: 'ENG-1',
      upstreamId: 'u1',
      priority: 4,
      estimate: { value: 2, unit: 'points' },
      status: 'DONE',
      labels: ['bug'],
    })
    expect(page?.issues[1]).toMatchObject({ priority: 2, estimate: null, status: 'TODO' })
  })

  it('answers null for an unknown team and refuses another shape', () => {
    expect(parseLinearIssuesPage({ data: { team: null } })).toBeNull()
    expect(() => parseLinearIssuesPage({ data: { team: { issues: { nodes: 'x' } } } })).toThrow(MalformedResponseError)
  })

  it('reads failures from the errors’ codes', () => {
    const error = (code: string) => ({ errors: [{ message: 'm', extensions: { code } }] })
    expect(linearFailureOf(error('AUTHENTICATION_ERROR'))).toBe('unauthorized')
    expect(linearFailureOf(error('RATELIMITED'))).toBe('rate-limited')
    expect(linearFailureOf(error('INTERNAL'))).toBe('unavailable')
    expect(linearFailureOf({ data: {} })).toBeNull()
    expect(parseLinearUser({ data: { users: { nodes: [{ id: 'a', email: 'Ann@x.io' }] } } }, 'ann@x.io')).toBe('a')
  })
})
