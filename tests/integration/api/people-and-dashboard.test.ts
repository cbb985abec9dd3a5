import { beforeAll, describe, expect, it } from 'vitest'
import { submitSurveyAction } from '@/app/(app)/survey/actions'
import { getDashboard } from '@/lib/db/dashboards/dashboard'
import { dashboardTables } from '@/lib/metrics/view'
import { STATEMENTS } from '@/lib/survey/instrument'
import { createTestOrg, signInAs } from '../../support/factories'
import { createPlanningOrg, unwrap, type PlanningOrg } from '../planner/fixtures'
import { submission } from '../survey/helpers'
import { callApi, tokenFor } from './api-client'

// Teams, members with their computed profiles, and the dashboard's figures through the API: a read-only
// token sees what a lead sees in the app, never a survey answer, and the same dashboard figures.

let org: PlanningOrg
let token: string
const NOTE = 'I focus best in the mornings.'

beforeAll(async () => {
  org = await createPlanningOrg()
  await signInAs(org.members.ENGINEER)
  unwrap(await submitSurveyAction({ ...submission(), note: NOTE }))
  token = (await tokenFor(org, 'READ')).secret
})

type Member = { membershipId: string; name: string; profile: Record<string, unknown> | null }
type Page = { data: Member[]; nextCursor: string | null }

describe('teams and members through the API', () => {
  it('lists the teams with their members', async () => {
    const { status, json } = await callApi('GET', '/teams', { token })
    expect(status).toBe(200)
    const [team] = (json as { data: { id: string; members: { membershipId: string }[] }[] }).data
    expect(team.id).toBe(org.teamId)
    expect(team.members.map((m) => m.membershipId)).toEqual(expect.arrayContaining(org.engineers))
  })

  it('pages through the members with a cursor, each with a computed profile and never an answer', async () => {
    const seen: Member[] = []
    let cursor: string | null = null
    let texts = ''
    do {
      const response = await callApi('GET', `/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token })
      expect(response.status).toBe(200)
      const page = response.json as Page
      expect(page.data.length).toBeLessThanOrEqual(2)
      seen.push(...page.data)
      texts += response.text
      cursor = page.nextCursor
    } while (cursor)
    expect(new Set(seen.map((m) => m.membershipId)).size).toBe(seen.length)
    expect(seen.map((m) => m.membershipId)).toEqual(expect.arrayContaining(org.engineers))
    const engineer = seen.find((m) => m.membershipId === org.members.ENGINEER.membershipId)!
    expect(Object.keys(engineer.profile ?? {}).sort()).toEqual(
      ['affinity', 'capacityHours', 'deepWorkHoursPerDay', 'deepWorkTarget', 'preferences', 'preferredMode', 'primaryType'].sort(),
    )
    expect(engineer.profile).toMatchObject({ primaryType: 'craft', capacityHours: 54, preferences: { BOILERPLATE: 'avoid' } })
    const single = await callApi('GET', `/members/${engineer.membershipId}`, { token })
    expect(single.json).toEqual(engineer)
    // No answer, note, statement, e-mail or survey status, in the list or the single member.
    for (const text of [texts, single.text]) {
      for (const leak of [
        'answers',
        'note',
        NOTE,
        'email',
        org.members.ENGINEER.email,
        'surveyedAt',
        'hasRawAnswers',
        ...STATEMENTS.map((s) => `"${s.id}"`),
      ])
        expect(text).not.toContain(leak)
    }
  })

  it('answers 404 for another organisation’s member or team', async () => {
    const other = await createTestOrg()
    expect((await callApi('GET', `/members/${other.members.ENGINEER.membershipId}`, { token })).status).toBe(404)
    expect((await callApi('GET', `/members?teamId=${other.teamId}`, { token })).status).toBe(404)
    expect((await callApi('GET', `/dashboard?teamId=${other.teamId}`, { token })).status).toBe(404)
  })
})

describe('dashboard figures through the API', () => {
  it('are the tables the dashboard shows, for the organisation and for a team', async () => {
    for (const teamId of [null, org.teamId]) {
      const { status, json } = await callApi('GET', `/dashboard${teamId ? `?teamId=${teamId}` : ''}`, { token })
      expect(status).toBe(200)
      const view = await getDashboard(org.orgId, teamId)
      expect(json).toEqual({
        scope: teamId ? 'team' : 'org',
        teamId,
        title: view.title,
        anonymityThreshold: view.anonymityThreshold,
        tables: JSON.parse(JSON.stringify(dashboardTables(view).map(({ id, caption, columns, rows }) => ({ id, caption, columns, rows })))),
      })
    }
  })
})
