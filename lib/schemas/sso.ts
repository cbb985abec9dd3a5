import { z } from 'zod'
import { emailField } from './account'
import { labelled } from './field-label'
import { idField } from './id'

// Settings › Single sign-on and the sign-in page's "Continue with SSO". The client secret is write-only:
// it arrives here, is sealed on the server, and no schema ever carries it back.

/** Roles a person may get by signing in for the first time; owners and admins are appointed by hand. */
export const SSO_DEFAULT_ROLES = ['ENGINEER', 'LEAD', 'MANAGER'] as const

const issuer = labelled(
  z
    .url({ protocol: /^https?$/, message: 'Enter the issuer URL as an https:// address' })
    .trim()
    .max(300, 'Issuer URL must be at most 300 characters')
    // The issuer identifier is compared with the id_token's "iss" exactly; a trailing slash is part of it.
    .refine((value) => !/[?#]/.test(value), 'Issuer URL has no query or fragment'),
  'Issuer URL',
)
const clientId = labelled(
  z.string({ message: 'Enter the client id' }).trim().min(1, 'Enter the client id').max(300, 'Client id must be at most 300 characters'),
  'Client id',
)
/** Empty keeps the stored secret (the form shows only that one is set). */
const clientSecret = labelled(z.string().trim().max(1000, 'Client secret must be at most 1000 characters').default(''), 'Client secret')
const checkbox = z
  .union([z.boolean(), z.literal('on')])
  .optional()
  .transform((v) => v === true || v === 'on')

export const ssoConnectionSchema = z.object({
  issuer,
  clientId,
  clientSecret,
  defaultRole: labelled(z.enum(SSO_DEFAULT_ROLES, { message: 'Choose the role for new members' }), 'Role for new members'),
  requireSso: checkbox,
})
export type SsoConnectionInput = z.infer<typeof ssoConnectionSchema>

// A host name of at least two labels (RFC 1035 letters, digits and hyphens), without scheme or "@".
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/
export const ssoDomainSchema = z.object({
  domain: labelled(
    z
      .string({ message: 'Enter the e-mail domain' })
      .trim()
      .toLowerCase()
      .transform((v) => v.replace(/^@/, ''))
      .pipe(z.string().regex(DOMAIN, 'Enter the e-mail domain like example.com (the part after @)')),
    'E-mail domain',
  ),
})
export const ssoDomainRefSchema = z.object({ domainId: idField('domain') })

export const ssoSignInSchema = z.object({ email: emailField, next: z.string().max(500).optional() })

/** The IdP's answer at the callback: both come back on the redirect URI's query string. */
export const ssoCallbackQuerySchema = z.object({
  state: z.string().min(1).max(500),
  code: z.string().max(4000).optional(),
  error: z.string().max(200).optional(),
})
