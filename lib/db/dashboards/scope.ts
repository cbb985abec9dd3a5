import 'server-only'
import { clampThreshold } from '@/lib/survey/anonymity'
import { notFound } from '@/lib/core/app-error'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

interface DashboardScope {
  /** Null on the organisation dashboard. */
  teamId: string | null
  title: string
  teams: { id: string; name: string }[]
  anonymityThreshold: number
}

/** The teams of the organisation and, for a team dashboard, proof that the team belongs to it. */
export async function getDashboardScope(orgId: OrgId, teamId: string | null): Promise<DashboardScope> {
  const org = await prisma.organization.findUnique({
    where: { id: orgId },
    select: { name: true, anonymityThreshold: true, teams: { select: { id: true, name: true }, orderBy: { name: 'asc' } } },
  })
  if (!org) throw notFound('Organisation')
  const team = teamId ? org.teams.find((t) => t.id === teamId) : null
  // Another organisation's team id looks exactly like an unknown one.
  if (teamId && !team) throw notFound('Team')
  return {
    teamId: team?.id ?? null,
    title: team?.name ?? org.name,
    teams: org.teams,
    anonymityThreshold: clampThreshold(org.anonymityThreshold),
  }
}
