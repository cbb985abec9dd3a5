import 'server-only'
import { clampThreshold } from '@/lib/survey/anonymity'
import { SURVEY_VERSION } from '@/lib/survey/instrument'
import { scoreSurvey } from '@/lib/survey/scoring'
import { storedScoresSchema, surveyDraftSchema, type StoredScores, type SurveyDraft, type SurveySubmission } from '@/lib/schemas/survey'
import { notFound } from '@/lib/core/app-error'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
import { transactionWithOutbox } from '../webhooks/outbox'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// An engineer's own survey responses. Every function here takes the member's own membershipId,
// which callers take from the session (actor.membershipId), never from input: raw answers are
// readable by their author only, so there is deliberately no "read someone's answers" function.

export type SurveyResultDTO = {
  id: string
  version: number
  submittedAt: Date
  scores: StoredScores
  /** False once the engineer deleted their raw answers: the result stays, without its reasons. */
  hasDetails: boolean
}

const hasAnswers = (answers: unknown) => typeof answers === 'object' && answers !== null && 'answers' in answers

/** The draft to resume, or null; a draft of an older instrument version is not offered back. */
export async function getSurveyDraft(orgId: OrgId, membershipId: string): Promise<SurveyDraft | null> {
  const row = await prisma.surveyResponse.findFirst({
    where: { organizationId: orgId, membershipId, status: 'DRAFT', version: SURVEY_VERSION },
    orderBy: { createdAt: 'desc' },
    select: { answers: true },
  })
  const parsed = surveyDraftSchema.safeParse(row?.answers)
  return parsed.success ? parsed.data : null
}

/**
 * The answers of the member's latest submission, where a retake starts. Null when there is none of
 * the current instrument version, or its raw answers were deleted (the result is kept without them).
 */
export async function getLastSubmittedAnswers(orgId: OrgId, membershipId: string): Promise<SurveyDraft | null> {
  const row = await prisma.surveyResponse.findFirst({
    where: { organizationId: orgId, membershipId, status: 'SUBMITTED', version: SURVEY_VERSION },
    orderBy: { submittedAt: 'desc' },
    select: { answers: true },
  })
  if (!hasAnswers(row?.answers)) return null
  const parsed = surveyDraftSchema.safeParse(row?.answers)
  return parsed.success ? parsed.data : null
}

/**
 * Replaces the member's draft. Saves arrive debounced from one tab; if two tabs race and both
 * create a draft, the newest wins on resume and submitting deletes them all.
 */
export async function saveSurveyDraft(orgId: OrgId, membershipId: string, draft: SurveyDraft) {
  const existing = await prisma.surveyResponse.findFirst({
    where: { organizationId: orgId, membershipId, status: 'DRAFT' },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  })
  const data = { answers: draft, version: draft.version }
  if (existing) await prisma.surveyResponse.update({ where: { id: existing.id }, data })
  else await prisma.surveyResponse.create({ data: { ...data, organizationId: orgId, membershipId, status: 'DRAFT' } })
  return { savedAt: new Date() }
}

/**
 * Scores and stores a submission and makes it the member's profile, all or nothing: planning
 * must never see a profile whose response is missing, or the other way round. Active survey
 * reminders stop in the same transaction, because the member has now answered.
 */
export async function submitSurvey(
  orgId: OrgId,
  actor: { userId: UserId; membershipId: string },
  submission: SurveySubmission,
  now = new Date(),
) {
  const score = scoreSurvey(submission.answers)
  const { membershipId } = actor
  const profile = {
    affinityOrchestration: score.affinity.orchestration,
    affinityCraft: score.affinity.craft,
    affinityHybrid: score.affinity.hybrid,
    primaryType: score.primaryType,
    preferredMode: submission.preferredMode ?? null,
    preferences: submission.workTypes,
    capacityHours: submission.capacityHours,
    deepWorkHoursPerDay: submission.deepWorkHoursPerDay,
    surveyedAt: now,
    hasRawAnswers: true,
  }
  return transactionWithOutbox(async (tx, outbox) => {
    await tx.surveyResponse.deleteMany({ where: { organizationId: orgId, membershipId, status: 'DRAFT' } })
    const response = await tx.surveyResponse.create({
      data: {
        organizationId: orgId,
        membershipId,
        version: submission.version,
        status: 'SUBMITTED',
        answers: submission,
        scores: JSON.parse(JSON.stringify(score)),
        submittedAt: now,
        createdAt: now,
      },
      select: { id: true },
    })
    await tx.engineerProfile.upsert({
      where: { membershipId },
      create: { organizationId: orgId, membershipId, ...profile },
      update: profile,
    })
    await tx.notification.updateMany({
      where: { organizationId: orgId, membershipId, kind: 'survey-reminder', nextDueAt: { not: null } },
      data: { nextDueAt: null, readAt: now },
    })
    // The audit trail records that a survey was answered, never what was answered.
    await recordAudit(
      orgId,
      {
        actorId: actor.userId,
        action: 'survey.submitted',
        targetType: 'survey-response',
        targetId: response.id,
        data: { primaryType: score.primaryType },
      },
      tx,
    )
    // Like the audit trail, the webhook says who answered and when, never what (nor the scores).
    await outbox.record(tx, orgId, 'survey.completed', {
      membershipId,
      responseId: response.id,
      version: submission.version,
      submittedAt: now.toISOString(),
    })
    return { responseId: response.id, primaryType: score.primaryType }
  })
}

/** The member's submitted results, newest first (the first one is their current profile). */
export async function listSurveyResults(orgId: OrgId, membershipId: string): Promise<SurveyResultDTO[]> {
  const rows = await prisma.surveyResponse.findMany({
    where: { organizationId: orgId, membershipId, status: 'SUBMITTED' },
    orderBy: { submittedAt: 'desc' },
    select: { id: true, version: true, submittedAt: true, createdAt: true, scores: true, answers: true },
  })
  return rows.flatMap((row) => {
    const scores = storedScoresSchema.safeParse(row.scores)
    if (!scores.success) return []
    return [
      {
        id: row.id,
        version: row.version,
        submittedAt: row.submittedAt ?? row.createdAt,
        scores: scores.data,
        hasDetails: hasAnswers(row.answers),
      },
    ]
  })
}

/** One of the member's own submitted responses with its raw answers; anyone else's id is NOT_FOUND. */
export async function getOwnSurveyAnswers(orgId: OrgId, membershipId: string, responseId: string) {
  const row = await prisma.surveyResponse.findFirst({
    where: { id: responseId, organizationId: orgId, membershipId, status: 'SUBMITTED' },
    select: { id: true, version: true, submittedAt: true, answers: true },
  })
  if (!row) throw notFound('Survey response')
  return { ...row, hasDetails: hasAnswers(row.answers) }
}

/** Everything the member told Plural, for their own JSON export (data ownership). */
export async function exportOwnSurveyData(orgId: OrgId, membershipId: string) {
  const [surveys, pulses, profile] = await Promise.all([
    prisma.surveyResponse.findMany({
      where: { organizationId: orgId, membershipId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, version: true, status: true, createdAt: true, submittedAt: true, answers: true, scores: true },
    }),
    prisma.pulseResponse.findMany({
      where: { organizationId: orgId, membershipId },
      orderBy: { createdAt: 'asc' },
      select: {
        sprint: { select: { name: true } },
        deepWorkShare: true,
        preferredModeShare: true,
        energy: true,
        comment: true,
        createdAt: true,
      },
    }),
    prisma.engineerProfile.findFirst({
      where: { organizationId: orgId, membershipId },
      omit: { id: true, organizationId: true, membershipId: true },
    }),
  ])
  return { surveys, pulses: pulses.map(({ sprint, ...pulse }) => ({ sprint: sprint.name, ...pulse })), profile }
}

/**
 * Deletes the member's raw answers (statements, notes, drafts, pulse comments) and keeps the
 * computed profile, now marked self-reported without details. Consistency and explanation are
 * dropped too, because they quote individual answers.
 */
export async function deleteOwnRawAnswers(orgId: OrgId, actor: { userId: UserId; membershipId: string }) {
  const { membershipId } = actor
  return prisma.$transaction(async (tx) => {
    await tx.surveyResponse.deleteMany({ where: { organizationId: orgId, membershipId, status: 'DRAFT' } })
    const submitted = await tx.surveyResponse.findMany({
      where: { organizationId: orgId, membershipId, status: 'SUBMITTED' },
      select: { id: true, scores: true },
    })
    for (const row of submitted) {
      const parsed = storedScoresSchema.safeParse(row.scores)
      const scores = parsed.success ? { affinity: parsed.data.affinity, primaryType: parsed.data.primaryType } : {}
      await tx.surveyResponse.update({ where: { id: row.id }, data: { answers: {}, scores } })
    }
    await tx.pulseResponse.updateMany({ where: { organizationId: orgId, membershipId }, data: { comment: null } })
    await tx.engineerProfile.updateMany({ where: { organizationId: orgId, membershipId }, data: { hasRawAnswers: false } })
    await recordAudit(
      orgId,
      {
        actorId: actor.userId,
        action: 'survey.raw-answers-deleted',
        targetType: 'membership',
        targetId: membershipId,
        data: { responses: submitted.length },
      },
      tx,
    )
    return { responses: submitted.length }
  })
}

/** The organisation's anonymity threshold (clamped, so a bad row can never lower it below 3). */
export async function getAnonymityThreshold(orgId: OrgId): Promise<number> {
  const org = await prisma.organization.findUnique({ where: { id: orgId }, select: { anonymityThreshold: true } })
  if (!org) throw notFound('Organisation')
  return clampThreshold(org.anonymityThreshold)
}

export async function updateAnonymityThreshold(orgId: OrgId, actorId: UserId, threshold: number) {
  const value = clampThreshold(threshold)
  return prisma.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { anonymityThreshold: true } })
    await tx.organization.update({ where: { id: orgId }, data: { anonymityThreshold: value } })
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'organization.anonymity-threshold-changed',
        targetType: 'organization',
        targetId: orgId,
        data: { from: before.anonymityThreshold, to: value },
      },
      tx,
    )
    return { anonymityThreshold: value }
  })
}
