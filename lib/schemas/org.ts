import { z } from 'zod'
import { textField } from './text'
import { ROLES } from '@/lib/core/permissions'
import { idField } from './id'
import { labelled } from './field-label'

// Isomorphic schemas for organisations, members and the audit filter.

export const roleField = labelled(z.enum(ROLES, { message: 'Choose a role' }), 'Role')

const orgName = textField({ label: 'Organisation name', min: 2, max: 80, missing: 'Enter a name for the organisation' })

export const createOrganizationSchema = z.object({ name: orgName })
export const renameOrganizationSchema = z.object({ name: orgName })

export const changeRoleSchema = z.object({ membershipId: idField('member'), role: roleField })
export const removeMemberSchema = z.object({ membershipId: idField('member') })

const dateParam = z.iso.date({ message: 'Use a date like 2026-01-31' }).optional()

/** The audit log's query string; unknown or malformed values are dropped, not errors. */
export const auditFilterSchema = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(100).optional().catch(undefined),
  from: dateParam.catch(undefined),
  to: dateParam.catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
})
export type AuditFilterInput = z.infer<typeof auditFilterSchema>
