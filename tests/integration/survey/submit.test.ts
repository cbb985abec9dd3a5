import { describe, expect, it } from 'vitest'
import { deleteRawAnswersAction, saveSurveyDraftAction, submitSurveyAction } from '@/app/(app)/survey/actions'
import { prisma } from '@/lib/db/client'
import { getLastSubmittedAnswers, getSurveyDraft, listSurveyResults } from '@/lib/db/survey/responses'
import { SURVEY_VERSION } from '@/lib/survey/instrument'
import { createTestOrg, signInAs } from '../../support/factories'
import { orchestrator, submission } from './helpers'

const countRows = (membershipId: string) =>
  Promise.all([prisma.surveyResponse.count({ where: { membershipId } }), prisma.engineerProfile.count({ where: { membershipId } })])

describe('survey submission', () => {
  it('stores the response and updates the profile together', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    await signInAs(engineer)
    const result = await submitSurveyAction(submission())
    expect(result).toMatchObject({ ok: true, data: { primaryType: 'craft' } })

    const response = await prisma.surveyResponse.findFirstOrThrow({ where: { membershipId: engineer.membershipId } })
    const profile = await prisma.engineerProfile.findUniqueOrThrow({ where: { membershipId: engineer.membershipId } })
    expect(response).toMatchObject({ organizationId: org.orgId, status: 'SUBMITTED', version: SURVEY_VERSION })
    expect(response.scores).toMatchObject({ primaryType: 'craft', affinity: { craft: 100 } })
    expect(profile).toMatchObject({
      organizationId: org.orgId,
      primaryType: 'craft',
      preferredMode: 'craft',
      affinityCraft: 100,
      capacityHours: 54,
      deepWorkHoursPerDay: 5,
      hasRawAnswers: true,
    })
    expect(profile.preferences).toMatchObject({ PERFORMANCE_CRITICAL: 'enjoy', BOILERPLATE: 'avoid', DOCUMENTATION: 'neutral' })
    expect(profile.surveyedAt?.getTime()).toBe(response.submittedAt?.getTime())
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { organizationId: org.orgId, action: 'survey.submitted' } })
    expect(JSON.stringify(audit.data)).not.toContain('answers')
  })

  it('makes the newest submission the profile on a retake and keeps the history', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    await signInAs(engineer)
    await submitSurveyAction(submission())
    await submitSurveyAction(orchestrator())
    const profile = await prisma.engineerProfile.findUniqueOrThrow({ where: { membershipId: engineer.membershipId } })
    expect(profile.primaryType).toBe('orchestration')
    const history = await listSurveyResults(org.orgId, engineer.membershipId)
    expect(history.map((r) => r.scores.primaryType)).toEqual(['orchestration', 'craft'])
  })

  it('changes nothing when the submission is malformed', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    await signInAs(engineer)
    const { o3: _missing, ...incomplete } = submission().answers
    const bad = [
      { ...submission(), answers: incomplete },
      { ...submission(), answers: { ...submission().answers, c1: 6 } },
      { ...submission(), capacityHours: 0 },
      { ...submission(), version: SURVEY_VERSION + 1 },
      'not even an object',
    ]
    for (const input of bad) {
      const result = await submitSurveyAction(input)
      expect(result).toMatchObject({ ok: false, code: 'INVALID' })
    }
    const missing = await submitSurveyAction({ ...submission(), answers: incomplete })
    expect(!missing.ok && missing.message).toContain('o3')
    expect(await countRows(engineer.membershipId)).toEqual([0, 0])
  })

  it('rolls the response back when the profile write fails', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    await signInAs(engineer)
    // A preferred mode the enum does not know gets past the response insert and fails the profile
    // upsert inside the same transaction; the response written just before must be rolled back.
    const { submitSurvey } = await import('@/lib/db/survey/responses')
    await expect(submitSurvey(org.orgId, engineer, { ...submission(), preferredMode: 'nonsense' as never })).rejects.toThrow()
    expect(await countRows(engineer.membershipId)).toEqual([0, 0])
  })

  it('saves a draft as you go and offers it back, then clears it on submit', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    await signInAs(engineer)
    expect(await getSurveyDraft(org.orgId, engineer.membershipId)).toBeNull()
    expect(await saveSurveyDraftAction({ version: SURVEY_VERSION, answers: { c1: 4 } })).toMatchObject({ ok: true })
    expect(
      await saveSurveyDraftAction({
        version: SURVEY_VERSION,
        answers: { c1: 5, o1: 2 },
        workTypes: { BOILERPLATE: 'avoid' },
        capacityHours: 40,
      }),
    ).toMatchObject({ ok: true })
    expect(await saveSurveyDraftAction({ version: SURVEY_VERSION, answers: { c1: 9 } })).toMatchObject({ ok: false, code: 'INVALID' })

    const draft = await getSurveyDraft(org.orgId, engineer.membershipId)
    expect(draft).toMatchObject({ answers: { c1: 5, o1: 2 }, workTypes: { BOILERPLATE: 'avoid' }, capacityHours: 40 })
    expect(await prisma.surveyResponse.count({ where: { membershipId: engineer.membershipId, status: 'DRAFT' } })).toBe(1)
    expect(await prisma.engineerProfile.count({ where: { membershipId: engineer.membershipId } })).toBe(0)

    await submitSurveyAction(submission())
    expect(await getSurveyDraft(org.orgId, engineer.membershipId)).toBeNull()
  })

  it('keeps drafts per person: another member never resumes someone else’s draft', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.ENGINEER)
    await saveSurveyDraftAction({ version: SURVEY_VERSION, answers: { c1: 4 } })
    expect(await getSurveyDraft(org.orgId, org.members.LEAD.membershipId)).toBeNull()
  })

  it('starts a retake from the latest submitted answers, and from nothing once they are deleted', async () => {
    const org = await createTestOrg()
    const engineer = org.members.ENGINEER
    await signInAs(engineer)
    expect(await getLastSubmittedAnswers(org.orgId, engineer.membershipId)).toBeNull()
    await submitSurveyAction(submission())
    await new Promise((resolve) => setTimeout(resolve, 5)) // the newer submission is the later one
    await submitSurveyAction({ ...submission(), capacityHours: 40 })
    expect(await getLastSubmittedAnswers(org.orgId, engineer.membershipId)).toMatchObject({
      answers: submission().answers,
      workTypes: submission().workTypes,
      capacityHours: 40,
    })
    expect(await getLastSubmittedAnswers(org.orgId, org.members.LEAD.membershipId)).toBeNull()
    expect(await deleteRawAnswersAction({ confirm: 'delete' })).toMatchObject({ ok: true })
    expect(await getLastSubmittedAnswers(org.orgId, engineer.membershipId)).toBeNull()
  })
})
