import { z } from 'zod'
import { API_TOKEN_SCOPES } from '@/lib/core/api-scopes'
import { labelled } from './field-label'
import { idField } from './id'
import { textField } from './text'

// The token form (Settings, API tokens) and its actions share these.

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v)

export const createApiTokenSchema = z.object({
  name: textField({ label: 'Name', min: 2, max: 80, missing: 'Enter a name that says what the token is for' }),
  scope: labelled(z.enum(API_TOKEN_SCOPES, { message: 'Choose a scope' }), 'Scope'),
  /** A date (YYYY-MM-DD): the token stops working at the start of that day (UTC); absent means it never expires. */
  expiresOn: labelled(
    z.preprocess(blankToUndefined, z.iso.date({ message: 'Expires on must be a date such as 2027-01-31' }).optional()),
    'Expires on',
  ),
})
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>

export const revokeApiTokenSchema = z.object({ id: idField('token') })
