import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { ID_MAX_LENGTH, idField, optionalIdField } from '@/lib/schemas/id'
import { revokeInvitationSchema } from '@/lib/schemas/invitation'
import { moveItemSchema } from '@/lib/schemas/plan'
import { setTeamAvailabilitySchema } from '@/lib/schemas/sprint'
import { memberIdSchema } from '@/lib/schemas/survey'
import { createWorkItemSchema } from '@/lib/schemas/work-item'

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues.map((i) => i.message)
}

describe('idField', () => {
  it('accepts a cuid and trims it', () => {
    expect(idField('team').parse('  ckz1x2y3z0000abcdefghijkl ')).toBe('ckz1x2y3z0000abcdefghijkl')
  })

  it('names the field by its label when the id is missing, blank or not text', () => {
    expect(messages(idField('team'), '   ')).toEqual(['Choose a team'])
    expect(messages(idField('invitation'), undefined)).toEqual(['Choose an invitation'])
    expect(messages(idField('sprint'), 42)).toEqual(['Choose a sprint'])
  })

  it('refuses an id longer than any id Plural makes', () => {
    expect(messages(idField('plan version'), 'x'.repeat(ID_MAX_LENGTH + 1))).toEqual(['That plan version id is not valid'])
    expect(idField('plan version').parse('x'.repeat(ID_MAX_LENGTH))).toHaveLength(ID_MAX_LENGTH)
  })

  it('reads blank and missing optional ids as null', () => {
    expect(optionalIdField('team').parse('')).toBeNull()
    expect(optionalIdField('team').parse(undefined)).toBeNull()
    expect(messages(optionalIdField('team'), 'x'.repeat(ID_MAX_LENGTH + 1))).toEqual(['That team id is not valid'])
  })
})

describe('every schema names its ids the same way', () => {
  it.each([
    ['invitation', revokeInvitationSchema, { invitationId: '' }, ['invitationId'], 'Choose an invitation'],
    [
      'plan move',
      moveItemSchema,
      { planId: 'p1', revision: 0, itemId: 'i1', toMembershipId: '' },
      ['toMembershipId'],
      'Choose a team member',
    ],
    [
      'availability',
      setTeamAvailabilitySchema,
      { sprintId: '', rows: [{ membershipId: 'm1', hoursPerDay: 4 }] },
      ['sprintId'],
      'Choose a sprint',
    ],
    ['survey member', memberIdSchema, {}, ['membershipId'], 'Choose a team member'],
    [
      'work item',
      createWorkItemSchema,
      { title: 'Fix it', type: 'DOCUMENTATION', hours: 2, priority: 2, teamId: 'x'.repeat(65) },
      ['teamId'],
      'That team id is not valid',
    ],
  ] as const)('%s', (_name, schema, input, path, message) => {
    const result = (schema as z.ZodType).safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([expect.objectContaining({ path, message })])
  })
})
