import { z } from 'zod'
import { idField } from './id'
import { textField } from './text'

// What an identity provider may send to /scim/v2 (RFC 7643 resources, RFC 7644 requests) and the
// settings form for SCIM tokens. Attributes Plural does not keep (phone numbers, addresses, the
// enterprise extension) are dropped by z.object, as RFC 7644 §3.3 lets a service provider do.

const optionalText = (max: number) => z.string().trim().max(max).optional()

/** Entra ID writes booleans as the strings "True" and "False" in PATCH values (and some tools in bodies). */
export const scimBoolean = z.union([
  z.boolean(),
  z
    .string()
    .regex(/^(true|false)$/i, 'must be true or false')
    .transform((s) => s.toLowerCase() === 'true'),
])

const scimEmail = z.object({
  value: z.string().trim().max(254),
  type: z.string().max(40).optional(),
  primary: scimBoolean.optional(),
})

export const scimNameSchema = z.object({
  givenName: optionalText(100),
  familyName: optionalText(100),
  formatted: optionalText(200),
})

export const scimUserSchema = z.object({
  schemas: z.array(z.string().max(200)).max(10).optional(),
  userName: z.string().trim().min(1, 'userName is required').max(254),
  externalId: z.string().trim().min(1).max(255).optional(),
  name: scimNameSchema.optional(),
  displayName: optionalText(200),
  emails: z.array(scimEmail).max(10).optional(),
  active: scimBoolean.optional(),
})
export type ScimUserInput = z.infer<typeof scimUserSchema>

const scimMemberRef = z.object({ value: z.string().trim().min(1).max(64), display: z.string().max(200).optional() })

export const scimGroupSchema = z.object({
  schemas: z.array(z.string().max(200)).max(10).optional(),
  displayName: z.string().trim().min(1, 'displayName is required').max(80),
  externalId: z.string().trim().min(1).max(255).optional(),
  members: z.array(scimMemberRef).max(1000).optional(),
})
export type ScimGroupInput = z.infer<typeof scimGroupSchema>
export type ScimMemberRef = z.infer<typeof scimMemberRef>

export const SCIM_PATCH_OPS = ['add', 'replace', 'remove'] as const
export type ScimPatchOpName = (typeof SCIM_PATCH_OPS)[number]

/** RFC 7644 §3.5.2. `op` is case-insensitive in practice: Entra ID sends "Replace", Okta "replace". */
export const scimPatchSchema = z.object({
  schemas: z.array(z.string().max(200)).max(10).optional(),
  Operations: z
    .array(
      z.object({
        op: z
          .string()
          .transform((s) => s.toLowerCase())
          .pipe(z.enum(SCIM_PATCH_OPS, { message: 'op must be add, replace or remove' })),
        path: z.string().trim().min(1).max(500).optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1, 'Operations must hold at least one operation')
    .max(1000),
})
export type ScimPatchOperation = z.infer<typeof scimPatchSchema>['Operations'][number]

/** List queries (RFC 7644 §3.4.2): startIndex is 1-based; a count above the maximum is lowered to it. */
export const SCIM_MAX_PAGE = 200
export const scimListQuerySchema = z.object({
  filter: z.string().max(1000).optional(),
  startIndex: z.coerce
    .number()
    .int()
    .catch(1)
    .transform((n) => Math.max(1, Math.min(n, 1_000_000_000))),
  count: z.coerce
    .number()
    .int()
    .catch(100)
    .transform((n) => Math.max(0, Math.min(n, SCIM_MAX_PAGE))),
  excludedAttributes: z.string().max(500).optional(),
})
export type ScimListQuery = z.infer<typeof scimListQuerySchema>

export const scimGetQuerySchema = z.object({ excludedAttributes: z.string().max(500).optional() })

export const scimIdSchema = z.object({ id: z.string().trim().min(1).max(200) })

// ---- Settings › Provisioning: the tokens the identity provider uses

export const createScimTokenSchema = z.object({
  name: textField({ label: 'Name', min: 2, max: 80, missing: 'Enter a name that says which identity provider uses the token' }),
})
export type CreateScimTokenInput = z.infer<typeof createScimTokenSchema>

export const revokeScimTokenSchema = z.object({ id: idField('token') })
