import type { PrismaClient } from '../../lib/generated/prisma/client'
import { DEFAULT_POLICY, planSprint } from '../../lib/matching'
import { scoreSurvey } from '../../lib/survey/scoring'
import { SURVEY_VERSION } from '../../lib/survey/instrument'
import { DEFAULT_POLICY_REASONS } from '../../lib/work-items/policy-reasons'
import { WORK_TYPES } from '../../lib/core/work-types'
import { answersFor, workTypeAnswers } from './answers'
import { BACKLOG, DEMO_PEOPLE, DEMO_TENANT, demoEmail, PAST_ITEMS, PLATFORM_CURRENT, PRODUCT_CURRENT, type DemoTenant } from './demo-data'

const DAY = 86_400_000
const dateOnly = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))

type Db = PrismaClient
type Engineer = {
  membershipId: string
  capacity: number
  affinity: Record<'orchestration' | 'craft' | 'hybrid', number>
  preferences: Record<string, string>
  preferredMode?: 'orchestration' | 'craft' | 'hybrid'
}

export async function seedDemo(prisma: Db, passwordHash: string, now: Date, tenant: DemoTenant = DEMO_TENANT) {
  return prisma.$transaction(
    async (tx) => {
      const org = await tx.organization.create({ data: { name: 'Acme', slug: tenant.slug, anonymityThreshold: 5 } })
      const organizationId = org.id
      await tx.workTypePolicy.createMany({
        data: WORK_TYPES.map((workType) => ({
          organizationId,
          workType,
          mode: DEFAULT_POLICY[workType].recommended,
          reason: DEFAULT_POLICY_REASONS[workType],
        })),
      })
      const teams = {
        Platform: await tx.team.create({ data: { organizationId, name: 'Platform' } }),
        Product: await tx.team.create({ data: { organizationId, name: 'Product' } }),
      }
      const engineersByTeam: Record<'Platform' | 'Product', Engineer[]> = { Platform: [], Product: [] }

      for (const person of DEMO_PEOPLE) {
        const user = await tx.user.create({ data: { email: demoEmail(person.email, tenant), name: person.name, passwordHash } })
        const membership = await tx.membership.create({ data: { organizationId, userId: user.id, role: person.role } })
        for (const team of person.teams)
          await tx.teamMember.create({ data: { organizationId, teamId: teams[team].id, membershipId: membership.id } })
        if (!person.leaning) continue
        const answers = answersFor(person.leaning)
        const workTypes = workTypeAnswers(person.enjoy, person.avoid)
        const score = scoreSurvey(answers)
        const capacityHours = person.capacityHours ?? 60
        const surveyedAt = new Date(now.getTime() - 20 * DAY)
        await tx.surveyResponse.create({
          data: {
            organizationId,
            membershipId: membership.id,
            version: SURVEY_VERSION,
            status: 'SUBMITTED',
            submittedAt: surveyedAt,
            createdAt: surveyedAt,
            answers: {
              version: SURVEY_VERSION,
              answers,
              workTypes,
              deepWorkHoursPerDay: 4,
              capacityHours,
              preferredMode: person.preferredMode ?? null,
            },
            scores: score as object,
          },
        })
        await tx.engineerProfile.create({
          data: {
            organizationId,
            membershipId: membership.id,
            primaryType: score.primaryType,
            preferredMode: person.preferredMode ?? null,
            affinityOrchestration: score.affinity.orchestration,
            affinityCraft: score.affinity.craft,
            affinityHybrid: score.affinity.hybrid,
            preferences: workTypes,
            capacityHours,
            surveyedAt,
          },
        })
        const engineer: Engineer = {
          membershipId: membership.id,
          capacity: capacityHours,
          preferences: workTypes,
          preferredMode: person.preferredMode,
          affinity: {
            orchestration: score.affinity.orchestration / 100,
            craft: score.affinity.craft / 100,
            hybrid: score.affinity.hybrid / 100,
          },
        }
        for (const team of person.teams) engineersByTeam[team].push(engineer)
      }

      let items = 0
      let sprints = 0
      const current = { start: dateOnly(new Date(now.getTime() - 3 * DAY)), end: dateOnly(new Date(now.getTime() + 10 * DAY)) }
      for (const [teamName, team] of Object.entries(teams) as ['Platform' | 'Product', { id: string }][]) {
        const engineers = engineersByTeam[teamName]
        const sprintSpecs = [
          // Ends 32 days before the seed runs, so its pulse answers always fall in a month that has ended
          // (longer than any month): dashboards show pulse figures by ended month (decision 0044).
          {
            name: `${teamName} · Sprint 22`,
            status: 'CLOSED' as const,
            start: new Date(current.start.getTime() - 42 * DAY),
            items: PAST_ITEMS.slice(2, 10),
          },
          {
            name: `${teamName} · Sprint 23`,
            status: 'CLOSED' as const,
            start: new Date(current.start.getTime() - 28 * DAY),
            items: PAST_ITEMS.slice(0, 12),
          },
          {
            name: `${teamName} · Sprint 24`,
            status: 'CLOSED' as const,
            start: new Date(current.start.getTime() - 14 * DAY),
            items: PAST_ITEMS.slice(4),
          },
          {
            name: `${teamName} · Sprint 25`,
            status: 'ACTIVE' as const,
            start: current.start,
            items: teamName === 'Platform' ? PLATFORM_CURRENT : PRODUCT_CURRENT,
          },
        ]
        for (const spec of sprintSpecs) {
          const sprint = await tx.sprint.create({
            data: {
              organizationId,
              teamId: team.id,
              name: spec.name,
              status: spec.status,
              startDate: spec.start,
              endDate: new Date(spec.start.getTime() + 13 * DAY),
            },
          })
          sprints++
          await tx.availability.createMany({
            data: engineers.map((e) => ({
              organizationId,
              sprintId: sprint.id,
              membershipId: e.membershipId,
              hoursPerDay: e.capacity / 10,
            })),
          })
          const created = []
          for (const [i, [title, type, hours, priority]] of spec.items.entries()) {
            const done = spec.status === 'CLOSED'
            created.push(
              await tx.workItem.create({
                data: {
                  organizationId,
                  teamId: team.id,
                  sprintId: sprint.id,
                  title,
                  type,
                  hours,
                  priority,
                  status: done ? 'DONE' : i % 7 === 0 ? 'IN_PROGRESS' : 'TODO',
                  labels: [teamName.toLowerCase(), ...(priority === 4 ? ['customer-facing'] : [])],
                  externalKey: `${teamName.slice(0, 4).toUpperCase()}-${sprints * 100 + i}`,
                  description: `**${title}.** Seeded demo item for the ${teamName} team.`,
                },
              }),
            )
          }
          items += created.length
          if (spec.status !== 'CLOSED') continue
          // Past sprints carry a published plan, outcomes and pulse answers so dashboards have history.
          const plan = planSprint({
            engineers: engineers.map((e) => ({
              id: e.membershipId,
              capacityHours: e.capacity,
              affinity: e.affinity,
              preferences: e.preferences as never,
              preferredMode: e.preferredMode,
            })),
            items: created.map((w) => ({ id: w.id, type: w.type, hours: w.hours, priority: w.priority as 1 | 2 | 3 | 4 })),
          })
          const saved = await tx.plan.create({
            data: {
              organizationId,
              sprintId: sprint.id,
              version: 1,
              status: 'PUBLISHED',
              objective: plan.objective,
              publishedAt: spec.start,
              summary: { engineers: plan.engineers } as object,
            },
          })
          await tx.assignment.createMany({
            data: [
              ...plan.assignments.map((a) => ({
                organizationId,
                planId: saved.id,
                workItemId: a.itemId,
                membershipId: a.engineerId,
                mode: a.mode,
                fit: a.fit,
                value: a.value,
                reasons: a.reasons,
              })),
              ...plan.unassigned.map((u) => ({
                organizationId,
                planId: saved.id,
                workItemId: u.itemId,
                membershipId: null,
                mode: 'hybrid' as const,
                fit: 0,
                value: 0,
                reasons: [u.reason],
              })),
            ],
          })
          await tx.outcome.createMany({
            data: plan.assignments.map((a, i) => ({
              organizationId,
              sprintId: sprint.id,
              workItemId: a.itemId,
              delivery: a.fit < 0.55 || i % 6 === 5 ? ('SLIPPED' as const) : ('ON_TIME' as const),
              reworkHours: a.fit < 0.55 ? 3 : i % 4 === 0 ? 1 : 0,
              defects: a.fit < 0.5 ? 2 : i % 5 === 0 ? 1 : 0,
            })),
          })
          await tx.pulseResponse.createMany({
            data: engineers.map((e, i) => ({
              // Answered on the sprint's last day: dashboards group pulses by the month they were given in.
              organizationId,
              sprintId: sprint.id,
              membershipId: e.membershipId,
              createdAt: sprint.endDate,
              deepWorkShare: [0.3, 0.5, 0.7, 0.5, 0.9][i % 5],
              preferredModeShare: [0.7, 0.5, 0.9, 0.7, 0.3][i % 5],
              energy: 2 + (i % 4),
            })),
          })
        }
      }
      await tx.workItem.createMany({
        data: BACKLOG.map(([title, type, hours, priority], i) => ({
          organizationId,
          title,
          type,
          hours,
          priority,
          externalKey: `BACK-${i + 1}`,
          labels: ['backlog'],
        })),
      })
      items += BACKLOG.length
      return { people: DEMO_PEOPLE.length, items, sprints }
    },
    { timeout: 120_000, maxWait: 20_000 },
  )
}
