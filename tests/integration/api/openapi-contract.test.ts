import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020'
import { beforeAll, describe, expect, it } from 'vitest'
import { GET as openapiRoute } from '@/app/api/v1/openapi.json/route'
import { API_OPERATIONS } from '@/lib/schemas/api/operations'
import { createPlanningOrg, type PlanningOrg } from '../planner/fixtures'
import { callApi, routeFileOf, tokenFor } from './api-client'

// The OpenAPI document is valid 3.1, names exactly the handlers that exist, and every documented
// operation, called for real, answers what the document says: its success and its refusals.

const ROOT = resolve(import.meta.dirname, '../../..')
type Doc = { paths: Record<string, Record<string, unknown>> }
let doc: Doc
let org: PlanningOrg
let admin: string
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true })

beforeAll(async () => {
  doc = (await openapiRoute().json()) as Doc
  ajv.addSchema(doc, 'doc')
  org = await createPlanningOrg()
  admin = (await tokenFor(org, 'ADMIN')).secret
})

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

function checkAgainstDocument(path: string, method: string, response: { status: number; headers: Headers; json: unknown }) {
  const documented = (doc.paths[path][method] as { responses: Record<string, { content?: Record<string, unknown> }> }).responses
  expect(Object.keys(documented), `${method} ${path} documents ${response.status}`).toContain(String(response.status))
  const content = documented[String(response.status)].content
  if (!content) return expect(response.json).toBeUndefined()
  const mediaType = response.headers.get('content-type')!.split(';')[0]
  expect(Object.keys(content)).toContain(mediaType)
  const validate = ajv.getSchema(
    `doc#/${pointer('paths', path, method, 'responses', String(response.status), 'content', mediaType, 'schema')}`,
  )!
  expect(validate(response.json), `${method} ${path} ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(true)
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator()
    expect(await validator.validate(doc as unknown as Parameters<Validator['validate']>[0])).toEqual({ valid: true })
    expect(validator.version).toBe('3.1')
  })

  it('documents exactly the route handlers under app/api/v1', async () => {
    const files = (readdirSync(join(ROOT, 'app/api/v1'), { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('route.ts') && !f.startsWith('openapi.json'))
      .map((f) => `app/api/v1/${f.split('\\').join('/')}`)
    const exported: string[] = []
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) if (mod[method]) exported.push(`${method} ${file}`)
    }
    const documented = API_OPERATIONS.map((o) => `${o.method.toUpperCase()} ${routeFileOf(o)}`)
    expect(exported.sort()).toEqual(documented.sort())
  })
})

describe('every documented operation, called for real', () => {
  it('answers as documented, and refuses a request without a token as documented', async () => {
    const s = `/sprints/${org.sprintId}`
    const created = await callApi('POST', '/work-items', {
      token: admin,
      body: { title: 'Contract item', type: 'DOCUMENTATION', hours: 3, priority: 2, externalKey: 'C-1' },
    })
    const id = (created.json as { id: string }).id
    const item = { title: 'Contract item, edited', type: 'DOCUMENTATION', hours: 4, priority: 3 }
    const etag = async (version: number) => (await callApi('GET', `${s}/plans/${version}`, { token: admin })).headers.get('etag')!
    // In order: later calls use what earlier ones made. Keyed by operation id, so a new operation without a call fails below.
    const calls: Record<string, () => Promise<[string, string, Awaited<ReturnType<typeof callApi>>]>> = {
      createWorkItem: async () => ['POST', '/work-items', created],
      listWorkItems: async () => ['GET', '/work-items', await callApi('GET', '/work-items?limit=2&sort=priority', { token: admin })],
      getWorkItem: async () => ['GET', `/work-items/${id}`, await callApi('GET', `/work-items/${id}`, { token: admin })],
      updateWorkItem: async () => ['PUT', `/work-items/${id}`, await callApi('PUT', `/work-items/${id}`, { token: admin, body: item })],
      upsertWorkItems: async () => [
        'POST',
        '/work-items/bulk-upsert',
        await callApi('POST', '/work-items/bulk-upsert', {
          token: admin,
          body: {
            items: [
              { ...item, externalKey: 'C-1' },
              { ...item, externalKey: 'C-2' },
            ],
          },
        }),
      ],
      listSprints: async () => ['GET', '/sprints', await callApi('GET', '/sprints', { token: admin })],
      getSprint: async () => ['GET', s, await callApi('GET', s, { token: admin })],
      getSprintAvailability: async () => ['GET', `${s}/availability`, await callApi('GET', `${s}/availability`, { token: admin })],
      createPlan: async () => ['POST', `${s}/plans`, await callApi('POST', `${s}/plans`, { token: admin, body: { baseVersion: 0 } })],
      listPlanVersions: async () => ['GET', `${s}/plans`, await callApi('GET', `${s}/plans`, { token: admin })],
      getPlanVersion: async () => ['GET', `${s}/plans/1`, await callApi('GET', `${s}/plans/1`, { token: admin })],
      replanVersion: async () => [
        'POST',
        `${s}/plans/1/replan`,
        await callApi('POST', `${s}/plans/1/replan`, { token: admin, headers: { 'if-match': await etag(1) } }),
      ],
      publishVersion: async () => [
        'POST',
        `${s}/plans/2/publish`,
        await callApi('POST', `${s}/plans/2/publish`, { token: admin, headers: { 'if-match': await etag(2) } }),
      ],
      listTeams: async () => ['GET', '/teams', await callApi('GET', '/teams', { token: admin })],
      listMembers: async () => ['GET', '/members', await callApi('GET', '/members?limit=2', { token: admin })],
      getMember: async () => [
        'GET',
        `/members/${org.engineers[0]}`,
        await callApi('GET', `/members/${org.engineers[0]}`, { token: admin }),
      ],
      getDashboard: async () => ['GET', '/dashboard', await callApi('GET', `/dashboard?teamId=${org.teamId}`, { token: admin })],
      deleteWorkItem: async () => ['DELETE', `/work-items/${id}`, await callApi('DELETE', `/work-items/${id}`, { token: admin })],
    }
    expect(Object.keys(calls).sort()).toEqual(API_OPERATIONS.map((o) => o.id).sort())
    for (const call of Object.values(calls)) {
      const [method, path, response] = await call()
      expect(response.status, `${method} ${path}: ${response.text}`).toBeLessThan(300)
      checkAgainstDocument(response.operation.path, response.operation.method, response)
      const refused = await callApi(method, path, { token: null, body: method === 'GET' || method === 'DELETE' ? undefined : {} })
      expect(refused.status).toBe(401)
      checkAgainstDocument(refused.operation.path, refused.operation.method, refused)
    }
  })
})
