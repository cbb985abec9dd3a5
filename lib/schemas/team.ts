import { z } from 'zod'
import { textField } from './text'
import { idField } from './id'

const teamName = textField({ label: 'Team name', min: 1, max: 60, missing: 'Enter a team name' })

export const createTeamSchema = z.object({ name: teamName })
export const renameTeamSchema = z.object({ teamId: idField('team'), name: teamName })
export const deleteTeamSchema = z.object({ teamId: idField('team') })
export const teamMemberSchema = z.object({ teamId: idField('team'), membershipId: idField('member') })
