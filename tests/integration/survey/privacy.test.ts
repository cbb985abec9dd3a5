import { describe, expect, it } from 'vitest'
import { deleteRawAnswersAction, markNotificationReadAction, submitSurveyAction } from '@/app/(app)/survey/actions'
import { updateAnonymityThresholdAction } from '@/app/(app)/settings/privacy/actions'
import { GET as exportGet } from '@/app/api/survey/export/route'
import { GET as responseGet } from '@/app/api/survey/responses/[responseId]/route'
import { prisma } from '@/lib/db/client'
import { getMemberProfile, listMemberProfiles } from '@/lib/db/survey/profiles'
import { getOwnSurveyAnswers, listSurveyResults } from '@/lib/db/survey/responses'
import { createTestOrg, signInAs } from '../../support/factories'
import { submission } from './helpers'

const getResponse = (responseId: string) =>
  responseGet(new Request(`http://test/api/survey/responses/${responseId}`), { params: Promise.resolve({ responseId }) })

async function submitted(org: Awaited<ReturnType<typeof createTestOrg>>) {
  await signInAs(org.members.ENGINEER)
  const result = await submitSurveyAction(submission())
  if (!result.ok) throw new Error(result.message)
  return result.data.responseId
}

describe('survey privacy', () => {
  it('shows raw answers to their author only; a manager’s direct request is 404', async () => {
    const org = await createTestOrg()
    const responseId = await submitted(org)

    const own = await getResponse(responseId)
    expect(own.status).toBe(200)
    expect(await own.json()).toMatchObject({ id: responseId, answers: { note: 'I focus best in the mornings.' } })

    for (const role of ['MANAGER', 'LEAD', 'OWNER'] as const) {
      await signInAs(org.members[role])
      const refused = await getResponse(responseId)
      expect(refused.status).toBe(404)
      expect(JSON.stringify(await refused.json())).not.toContain('mornings')
      await expect(getOwnSurveyAnswers(org.orgId, org.members[role].membershipId, responseId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
  })

  it('refuses another organisation’s member the same way', async () => {
    const org = await createTestOrg()
    const other = await createTestOrg()
    const responseId = await submitted(org)
    await signInAs(other.members.OWNER)
    expect((await getResponse(responseId)).status).toBe(404)
  })

  it('gives managers the computed profile and never the answers', async () => {
    const org = await createTestOrg()
    await submitted(org)
    const member = await getMemberProfile(org.orgId, 'MANAGER', org.members.ENGINEER.membershipId)
    expect(member.profile).toMatchObject({ primaryType: 'craft', capacityHours: 54 })
    expect(member.survey?.status).toBe('done')
    const everything = JSON.stringify(await listMemberProfiles(org.orgId, 'MANAGER'))
    expect(everything).not.toContain('mornings')
    expect(everything).not.toContain('"answers"')
    const other = await createTestOrg()
    await expect(getMemberProfile(other.orgId, 'MANAGER', org.members.ENGINEER.membershipId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('exports the engineer’s own answers as JSON', async () => {
    const org = await createTestOrg()
    await submitted(org)
    const response = await exportGet(new Request('http://test/api/survey/export'), { params: Promise.resolve({}) })
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const body = await response.json()
    expect(body.surveys).toHaveLength(1)
    expect(body.surveys[0].answers.note).toBe('I focus best in the mornings.')
    expect(body.profile).toMatchObject({ primaryType: 'craft', hasRawAnswers: true })
  })

  it('deletes raw answers and keeps the profile, self-reported without details', async () => {
    const org = await createTestOrg()
    const responseId = await submitted(org)
    const engineer = org.members.ENGINEER
    expect(await deleteRawAnswersAction({})).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await deleteRawAnswersAction({ confirm: 'delete' })).toMatchObject({ ok: true, data: { responses: 1 } })

    const row = await prisma.surveyResponse.findUniqueOrThrow({ where: { id: responseId } })
    expect(row.answers).toEqual({})
    expect(JSON.stringify(row.scores)).not.toContain('You ')
    const profile = await prisma.engineerProfile.findUniqueOrThrow({ where: { membershipId: engineer.membershipId } })
    expect(profile).toMatchObject({ primaryType: 'craft', hasRawAnswers: false, capacityHours: 54 })
    const [result] = await listSurveyResults(org.orgId, engineer.membershipId)
    expect(result).toMatchObject({ hasDetails: false, scores: { primaryType: 'craft' } })
    expect(result.scores.explanation).toBeUndefined()
  })

  it('marks only the member’s own notifications read', async () => {
    const org = await createTestOrg()
    const other = await createTestOrg()
    const foreign = await prisma.notification.create({
      data: { organizationId: other.orgId, membershipId: other.members.ENGINEER.membershipId, kind: 'survey-reminder', message: 'hi' },
    })
    const colleague = await prisma.notification.create({
      data: { organizationId: org.orgId, membershipId: org.members.LEAD.membershipId, kind: 'survey-reminder', message: 'hi' },
    })
    const own = await prisma.notification.create({
      data: { organizationId: org.orgId, membershipId: org.members.ENGINEER.membershipId, kind: 'survey-reminder', message: 'hi' },
    })
    await signInAs(org.members.ENGINEER)
    expect(await markNotificationReadAction({ notificationId: foreign.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await markNotificationReadAction({ notificationId: colleague.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await markNotificationReadAction({ notificationId: own.id })).toMatchObject({ ok: true })
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: colleague.id } })).readAt).toBeNull()
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: own.id } })).readAt).not.toBeNull()
  })

  it('lets admins set the anonymity threshold, never below 3', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.MANAGER)
    expect(await updateAnonymityThresholdAction({ anonymityThreshold: 4 })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await signInAs(org.members.ADMIN)
    expect(await updateAnonymityThresholdAction({ anonymityThreshold: 2 })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: 'Smallest group shown (people): The threshold cannot be below 3 people: smaller groups let answers be guessed',
    })
    expect(await updateAnonymityThresholdAction({ anonymityThreshold: '4' })).toMatchObject({ ok: true, data: { anonymityThreshold: 4 } })
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: org.orgId } })).anonymityThreshold).toBe(4)
  })
})
