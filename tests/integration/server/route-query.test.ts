import { beforeAll, describe, expect, it } from 'vitest'
import { GET as exportPlans } from '@/app/api/export/plans/route'
import { GET as exportItems } from '@/app/api/export/work-items/route'
import { GET as focusBlocks } from '@/app/api/plans/[planId]/focus/route'
import { GET as suggest } from '@/app/api/work-items/suggest/route'
import { ID_MAX_LENGTH } from '@/lib/schemas/id'
import { createTestOrg, signInAs, signOut, type TestOrg } from '../../support/factories'

// defineRoute's `query` schema: after the guard, every route handler parses its query string with
// zod, and a bad parameter is INVALID (422) naming the parameter, instead of being guessed at.

// Each handler is called with a planId param; those without a [planId] segment ignore it.
type Route = (request: Request, context: { params: Promise<{ planId: string }> }) => Promise<Response>

let org: TestOrg
beforeAll(async () => {
  org = await createTestOrg()
})

async function call(route: Route, url: string) {
  const response = await route(new Request(`http://test${url}`), { params: Promise.resolve({ planId: 'p1' }) })
  return {
    status: response.status,
    body: (await response.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } },
  }
}

describe('a bad query string', () => {
  it.each([
    ['the plan export without a sprint', exportPlans, '/api/export/plans?format=csv', 'sprintId', 'Choose a sprint'],
    [
      'the plan export with version 0',
      exportPlans,
      '/api/export/plans?sprintId=s1&version=0',
      'version',
      'version must be a whole number from 1',
    ],
    [
      'the plan export with a version that is not a number',
      exportPlans,
      '/api/export/plans?sprintId=s1&version=latest',
      'version',
      'version must be a whole number from 1',
    ],
    ['the plan export as XML', exportPlans, '/api/export/plans?sprintId=s1&format=xml', 'format', 'format must be csv or json'],
    ['the work-item export as XML', exportItems, '/api/export/work-items?format=xml&q=api', 'format', 'format must be csv or json'],
    [
      'the focus blocks of an overlong member id',
      focusBlocks,
      `/api/plans/p1/focus?member=${'m'.repeat(ID_MAX_LENGTH + 1)}`,
      'member',
      'That team member id is not valid',
    ],
    ['a suggestion for an unknown field', suggest, '/api/work-items/suggest?field=password&q=a', 'field', expect.any(String)],
  ])('%s is INVALID (422) naming the parameter', async (_name, route, url, parameter, message) => {
    await signInAs(org.members.MANAGER)
    const { status, body } = await call(route, url)
    expect(status).toBe(422)
    expect(body.error.code).toBe('INVALID')
    expect(body.error.message).toMatch(new RegExp(`^${parameter}: `))
    expect(body.error.fieldErrors).toEqual({ [parameter]: [message] })
  })

  it('is checked only after the guard: signed out is 401, a missing permission 403', async () => {
    signOut()
    expect((await call(exportPlans, '/api/export/plans?version=x')).status).toBe(401)
    await signInAs(org.members.ENGINEER)
    expect((await call(exportPlans, '/api/export/plans?version=x')).status).toBe(403)
  })
})
