// SCIM resources as Plural answers them (RFC 7643 §4): a User is a membership of the organisation
// (its id is the membership's, so another organisation's ids are unknown here), a Group is a team
// that mirrors the identity provider's group. Pure: lib/db reads the rows, these shape the JSON.

export const SCIM_SCHEMAS = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  list: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patch: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
} as const

export type ScimUserRow = {
  id: string
  email: string
  name: string
  givenName: string | null
  familyName: string | null
  externalId: string | null
  active: boolean
  createdAt: Date
  updatedAt: Date
}

export type ScimGroupRow = {
  id: string
  displayName: string
  externalId: string | null
  members: { id: string; name: string }[]
  createdAt: Date
}

const meta = (resourceType: 'User' | 'Group', baseUrl: string, path: string, created: Date, lastModified: Date) => ({
  resourceType,
  created: created.toISOString(),
  lastModified: lastModified.toISOString(),
  location: `${baseUrl}/${path}`,
})

export function toScimUser(row: ScimUserRow, baseUrl: string) {
  return {
    schemas: [SCIM_SCHEMAS.user],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    userName: row.email,
    name: {
      formatted: row.name,
      ...(row.givenName ? { givenName: row.givenName } : {}),
      ...(row.familyName ? { familyName: row.familyName } : {}),
    },
    displayName: row.name,
    emails: [{ value: row.email, type: 'work', primary: true }],
    active: row.active,
    meta: meta('User', baseUrl, `Users/${row.id}`, row.createdAt, row.updatedAt),
  }
}

/** `withMembers` false answers Entra ID's `excludedAttributes=members`, which keeps large groups light. */
export function toScimGroup(row: ScimGroupRow, baseUrl: string, withMembers = true) {
  return {
    schemas: [SCIM_SCHEMAS.group],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    displayName: row.displayName,
    ...(withMembers ? { members: row.members.map((m) => ({ value: m.id, display: m.name, $ref: `${baseUrl}/Users/${m.id}` })) } : {}),
    meta: meta('Group', baseUrl, `Groups/${row.id}`, row.createdAt, row.createdAt),
  }
}

export function toScimList<T>(resources: T[], totalResults: number, startIndex: number) {
  return { schemas: [SCIM_SCHEMAS.list], totalResults, startIndex, itemsPerPage: resources.length, Resources: resources }
}

export type ScimErrorType = 'uniqueness' | 'invalidFilter' | 'invalidValue' | 'invalidPath' | 'invalidSyntax' | 'noTarget' | 'mutability'

/** RFC 7644 §3.12: the status is a string; scimType only where the RFC defines one for the status. */
export function toScimError(status: number, detail: string, scimType?: ScimErrorType) {
  return { schemas: [SCIM_SCHEMAS.error], status: String(status), ...(scimType ? { scimType } : {}), detail }
}

/** The e-mail a SCIM user signs in with: userName when it is one (Okta, Entra's UPN), else the primary or work e-mail. */
export function signInEmailOf(input: { userName: string; emails?: { value: string; type?: string; primary?: boolean }[] }): string | null {
  const candidates = [
    input.userName,
    input.emails?.find((e) => e.primary)?.value,
    input.emails?.find((e) => e.type === 'work')?.value,
    input.emails?.[0]?.value,
  ]
  const email = candidates.find((c): c is string => typeof c === 'string' && EMAIL.test(c))
  return email ? email.toLowerCase() : null
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/

/** The person's display name: formatted, else given and family names, else displayName, else the e-mail's local part. */
export function displayNameOf(
  input: { name?: { formatted?: string; givenName?: string; familyName?: string }; displayName?: string },
  email: string,
) {
  const parts = [input.name?.givenName, input.name?.familyName].filter(Boolean).join(' ')
  return (input.name?.formatted || parts || input.displayName || email.split('@')[0]).slice(0, 200)
}

/** Whether a group is answered with its members: Entra ID asks `excludedAttributes=members` to keep large groups light. */
export const membersWanted = (excludedAttributes: string | undefined) => !/(^|,)\s*members\s*(,|$)/i.test(excludedAttributes ?? '')
