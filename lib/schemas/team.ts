import { z } from 'zod'
import { idField } from './id'

const teamName = z
  .string({ message: 'Enter a team name' })
  .trim()
  .min(1, 'Enter a team name')
  .max(60, 'Team name must be at most 60 characters')

export const createTeamSchema = z.object({ name: teamName })
export const renameTeamSchema = z.object({ teamId: idField('team'), name: teamName })
export const deleteTeamSchema = z.object({ teamId: idField('team') })
export const teamMemberSchema = z.object({ teamId: idField('team'), membershipId: idField('member') })
