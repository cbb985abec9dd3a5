import { describe, expect, it } from 'vitest'
import { submitPulseAction } from '@/app/(app)/pulse/actions'
import { deleteOrganizationAction } from '@/app/(app)/settings/data/actions'
import { saveSurveyDraftAction, submitSurveyAction } from '@/app/(app)/survey/actions'
import { GET as exportRoute } from '@/app/api/organization/export/route'
import { GET as ownExportRoute } from '@/app/api/survey/export/route'
import { prisma } from '@/lib/db/client'
import { storedScoresSchema } from '@/lib/schemas/survey'
import { PULSE_VERSION } from '@/lib/survey/pulse'
import { createTestOrg, signInAs, type TestMember } from '../../support/factories'
import { orchestrator, submission } from '../survey/helpers'

const TENANT_TABLES = [
  'membership',
  'team',
  'teamMember',
  'engineerProfile',
  'surveyResponse',
  'pulseResponse',
  'workTypePolicy',
  'sprint',
  'availability',
  'holiday',
  'timeOff',
  'workItem',
  'plan',
  'assignment',
  'outcome',
  'invitation',
  'auditEvent',
  'notification',
] as const

async function countRows(organizationId: string) {
  const counts: Record<string, number> = {}
  for (const table of TENANT_TABLES) {
    counts[table] = await (prisma[table] as unknown as { count: (a: object) => Promise<number> }).count({ where: { organizationId } })
  }
  return counts
}

async function fillOrg(orgId: string, teamId: string, membershipId: string) {
  const sprint = await prisma.sprint.create({
    data: { organizationId: orgId, teamId, name: 'S1', startDate: new Date('2026-01-05'), endDate: new Date('2026-01-16') },
  })
  const item = await prisma.workItem.create({
    data: { organizationId: orgId, sprintId: sprint.id, title: 'Secret roadmap item', type: 'ARCHITECTURE', hours: 5, priority: 2 },
  })
  const plan = await prisma.plan.create({ data: { organizationId: orgId, sprintId: sprint.id, version: 1, objective: 3 } })
  await prisma.assignment.create({
    data: { organizationId: orgId, planId: plan.id, workItemId: item.id, membershipId, mode: 'craft', fit: 0.6, value: 3 },
  })
  await prisma.holiday.create({ data: { organizationId: orgId, date: new Date('2026-01-06'), name: 'Epiphany' } })
  await prisma.timeOff.create({
    data: { organizationId: orgId, membershipId, startDate: new Date('2026-01-08'), endDate: new Date('2026-01-09'), reason: 'Surgery' },
  })
  await prisma.invitation.create({
    data: {
      organizationId: orgId,
      email: 'x@example.test',
      role: 'ENGINEER',
      tokenHash: `hash-${orgId}`,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  })
}

const downloadExport = async () => {
  const response = await exportRoute(new Request('http://test/api/organization/export'), { params: Promise.resolve({}) })
  expect(response.status).toBe(200)
  return response.text()
}

/** Every key anywhere in a JSON value, to prove a field is absent however deeply it would sit. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysOf)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
      : []

/** Raw survey and pulse data of three members, each free text a sentinel to search the export for. */
async function answerEverything(org: Awaited<ReturnType<typeof createTestOrg>>) {
  const ended = await prisma.sprint.create({
    data: {
      organizationId: org.orgId,
      teamId: org.teamId,
      name: 'Done',
      status: 'CLOSED',
      startDate: new Date('2026-01-05'),
      endDate: new Date('2026-01-16'),
    },
  })
  const sentinels: string[] = []
  const answer = async (member: TestMember, tag: string, lean: typeof submission) => {
    await signInAs(member)
    const note = `SENTINEL-NOTE-${tag} I get nothing done after lunch.`
    expect(await submitSurveyAction({ ...lean(), note })).toMatchObject({ ok: true })
    const draftNote = `SENTINEL-DRAFT-${tag} thinking about changing teams.`
    expect(
      await saveSurveyDraftAction({
        version: submission().version,
        answers: { [Object.keys(submission().answers)[0]]: 2 },
        note: draftNote,
      }),
    ).toMatchObject({ ok: true })
    const comment = `SENTINEL-COMMENT-${tag} the lead interrupts me all day.`
    expect(
      await submitPulseAction({
        version: PULSE_VERSION,
        sprintId: ended.id,
        deepWorkShare: '0-20',
        preferredModeShare: '20-40',
        energy: 2,
        comment,
      }),
    ).toMatchObject({ ok: true })
    sentinels.push(note, draftNote, comment)
  }
  await answer(org.members.ENGINEER, 'E', () => submission())
  await answer(org.members.MANAGER, 'M', orchestrator)
  // A member who only started the survey: the draft is all there is, and it is theirs.
  await signInAs(org.members.LEAD)
  const leadDraft = 'SENTINEL-DRAFT-L never finished this.'
  expect(await saveSurveyDraftAction({ version: submission().version, note: leadDraft })).toMatchObject({ ok: true })
  sentinels.push(leadDraft)
  const explanations = (await prisma.surveyResponse.findMany({ where: { organizationId: org.orgId, status: 'SUBMITTED' } })).flatMap(
    (r) => storedScoresSchema.parse(r.scores).explanation ?? [],
  )
  expect(explanations.length).toBeGreaterThan(4)
  return [...sentinels, ...explanations]
}

describe('organisation data ownership', () => {
  it('exports computed profiles and no one’s raw survey answers, notes, drafts, explanations or pulse comments', async () => {
    const org = await createTestOrg()
    const sentinels = await answerEverything(org)
    await signInAs(org.members.OWNER)
    const text = await downloadExport()
    const data = JSON.parse(text)

    for (const sentinel of sentinels) expect(text).not.toContain(sentinel)
    expect(text).not.toContain('SENTINEL')
    const keys = new Set(keysOf(data))
    for (const raw of [
      'answers',
      'scores',
      'explanation',
      'consistency',
      'comment',
      'pulses',
      'energy',
      'deepWorkShare',
      'preferredModeShare',
    ])
      expect(keys).not.toContain(raw)

    const byMember = new Map(data.profiles.map((p: { membershipId: string }) => [p.membershipId, p]))
    expect(byMember.get(org.members.ENGINEER.membershipId)).toMatchObject({
      primaryType: 'craft',
      preferredMode: 'craft',
      capacityHours: 54,
      deepWorkHoursPerDay: 5,
      hasRawAnswers: true,
      affinityCraft: expect.any(Number),
      preferences: { PERFORMANCE_CRITICAL: 'enjoy', BOILERPLATE: 'avoid' },
    })
    expect(byMember.get(org.members.MANAGER.membershipId)).toMatchObject({ primaryType: 'orchestration', capacityHours: 54 })
    expect(data.surveys.map((s: { membershipId: string }) => s.membershipId).sort()).toEqual(
      [org.members.ENGINEER.membershipId, org.members.MANAGER.membershipId].sort(),
    )
    expect(data.notice).toContain('/api/survey/export')

    // The place the notice sends people to hands each member their own raw answers.
    await signInAs(org.members.ENGINEER)
    const own = await (await ownExportRoute(new Request('http://test/api/survey/export'), { params: Promise.resolve({}) })).text()
    expect(own).toContain('SENTINEL-NOTE-E')
    expect(own).toContain('SENTINEL-COMMENT-E')
    expect(own).not.toContain('SENTINEL-NOTE-M')
  })

  it('lets the OWNER export everything as JSON, without password hashes or token hashes', async () => {
    const org = await createTestOrg()
    await fillOrg(org.orgId, org.teamId, org.members.ENGINEER.membershipId)
    await signInAs(org.members.OWNER)
    const text = await downloadExport()
    const data = JSON.parse(text)
    expect(data.workItems.map((w: { title: string }) => w.title)).toEqual(['Secret roadmap item'])
    expect(data.memberships).toHaveLength(5)
    // The owner's full export is the one place outside the availability page that carries the reasons.
    expect(data.holidays).toEqual([expect.objectContaining({ date: '2026-01-06T00:00:00.000Z', name: 'Epiphany' })])
    expect(data.timeOff).toEqual([expect.objectContaining({ membershipId: org.members.ENGINEER.membershipId, reason: 'Surgery' })])
    expect(text).not.toMatch(/passwordHash|tokenHash/)
  })

  it('refuses the export and deletion to admins, who are not owners', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.ADMIN)
    const response = await exportRoute(new Request('http://test/api/organization/export'), { params: Promise.resolve({}) })
    expect(response.status).toBe(403)
    expect(await deleteOrganizationAction({ confirmation: 'x' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('deletes every row of the organisation after a typed confirmation, and nothing of other organisations', async () => {
    const org = await createTestOrg('Doomed Inc')
    const other = await createTestOrg()
    await fillOrg(org.orgId, org.teamId, org.members.ENGINEER.membershipId)
    await fillOrg(other.orgId, other.teamId, other.members.ENGINEER.membershipId)
    const otherBefore = await countRows(other.orgId)
    await signInAs(org.members.OWNER)

    expect(await deleteOrganizationAction({ confirmation: 'Doomed' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { confirmation: [expect.stringContaining('Doomed Inc')] },
    })
    expect((await countRows(org.orgId)).workItem).toBe(1)

    await expect(deleteOrganizationAction({ confirmation: 'Doomed Inc' })).rejects.toMatchObject({
      digest: expect.stringContaining('NEXT_REDIRECT'),
    })
    expect(await prisma.organization.findUnique({ where: { id: org.orgId } })).toBeNull()
    expect(Object.values(await countRows(org.orgId)).every((n) => n === 0)).toBe(true)
    expect(await countRows(other.orgId)).toEqual(otherBefore)
  })
})
