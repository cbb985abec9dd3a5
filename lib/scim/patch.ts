import { scimBoolean, scimNameSchema, type ScimMemberRef, type ScimPatchOperation } from '@/lib/schemas/scim'

// Turns a SCIM PatchOp (RFC 7644 §3.5.2) into the change Plural makes, for the forms Okta and Entra ID
// send: a path with a value (`{"op":"Replace","path":"active","value":"False"}`), no path and an
// object of attributes (`{"op":"replace","value":{"active":false}}`, sub-attributes dotted or nested),
// and for groups `members` with a value list or a `members[value eq "…"]` path. Attributes Plural does
// not keep are ignored (RFC 7644 §3.3 lets a provider drop them); a value of the wrong shape for one it
// keeps is a ScimPatchError (invalidValue), and a path it cannot read one too (invalidPath).

export class ScimPatchError extends Error {
  constructor(
    readonly scimType: 'invalidValue' | 'invalidPath' | 'noTarget',
    message: string,
  ) {
    super(message)
  }
}

/** The user attributes a patch may change; null clears one (remove). */
export type ScimUserChange = {
  active?: boolean
  userName?: string
  externalId?: string | null
  givenName?: string | null
  familyName?: string | null
  formatted?: string | null
  email?: string
}

const text = (value: unknown, path: string, max: number): string => {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max)
    throw new ScimPatchError('invalidValue', `${path} must be a non-empty string of at most ${max} characters.`)
  return value.trim()
}

/** Sets the attribute at a lower-cased path on `change`; an attribute Plural does not keep is ignored. */
function setUserAttribute(change: ScimUserChange, path: string, value: unknown, remove: boolean): void {
  const clear = <T>(read: () => T) => (remove ? null : read())
  switch (path) {
    case 'active': {
      if (remove) throw new ScimPatchError('invalidValue', 'active cannot be removed; replace it with false.')
      const parsed = scimBoolean.safeParse(value)
      if (!parsed.success) throw new ScimPatchError('invalidValue', 'active must be true or false.')
      change.active = parsed.data
      return
    }
    case 'username':
      if (remove) throw new ScimPatchError('invalidValue', 'userName cannot be removed.')
      change.userName = text(value, 'userName', 254)
      return
    case 'externalid':
      change.externalId = clear(() => text(value, 'externalId', 255))
      return
    case 'name.givenname':
      change.givenName = clear(() => text(value, 'name.givenName', 100))
      return
    case 'name.familyname':
      change.familyName = clear(() => text(value, 'name.familyName', 100))
      return
    case 'name.formatted':
    case 'displayname':
      change.formatted = clear(() => text(value, path, 200))
      return
    case 'name': {
      if (remove) return void Object.assign(change, { givenName: null, familyName: null })
      const name = scimNameSchema.safeParse(value)
      if (!name.success) throw new ScimPatchError('invalidValue', 'name must be an object of strings.')
      for (const [key, part] of Object.entries(name.data))
        if (part !== undefined) setUserAttribute(change, `name.${key.toLowerCase()}`, part, false)
      return
    }
    case 'emails':
    case 'emails[type eq "work"].value':
    case 'emails[primary eq true].value': {
      if (remove) return // the e-mail is the sign-in; it is only ever replaced
      const first = Array.isArray(value) ? (value.find((e) => e?.primary === true) ?? value[0])?.value : value
      change.email = text(first, 'emails', 254)
      return
    }
  }
}

export function userChangeFromPatch(operations: readonly ScimPatchOperation[]): ScimUserChange {
  const change: ScimUserChange = {}
  for (const { op, path, value } of operations) {
    if (path) {
      setUserAttribute(change, path.toLowerCase(), value, op === 'remove')
      continue
    }
    if (op === 'remove') throw new ScimPatchError('noTarget', 'A remove operation needs a path.')
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new ScimPatchError('invalidValue', 'An operation without a path needs an object of attributes as its value.')
    for (const [key, part] of Object.entries(value)) setUserAttribute(change, key.toLowerCase(), part, false)
  }
  return change
}

/** The group change: a new name or external id, members to add and to remove, or the whole member list. */
export type ScimGroupChange = {
  displayName?: string
  externalId?: string | null
  add: string[]
  remove: string[]
  /** Replaces every member (op replace on members, or remove without a value): applied before add/remove. */
  replace?: string[]
}

const MEMBER_FILTER = /^members\[value eq "([^"]{1,64})"\]$/i

function memberIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.map((m: Partial<ScimMemberRef> | undefined) => text(m?.value, 'members.value', 64))
}

function setGroupAttribute(change: ScimGroupChange, op: ScimPatchOperation['op'], path: string, value: unknown): void {
  const member = MEMBER_FILTER.exec(path)
  if (member) {
    if (op !== 'remove') throw new ScimPatchError('invalidPath', 'A members[value eq "…"] path can only be removed.')
    change.remove.push(member[1])
    return
  }
  switch (path.toLowerCase()) {
    case 'members':
      if (op === 'add') change.add.push(...memberIds(value))
      else if (op === 'replace') Object.assign(change, { replace: memberIds(value), add: [], remove: [] })
      else if (value === undefined) Object.assign(change, { replace: [], add: [], remove: [] })
      else change.remove.push(...memberIds(value))
      return
    case 'displayname':
      if (op === 'remove') throw new ScimPatchError('invalidValue', 'displayName cannot be removed.')
      change.displayName = text(value, 'displayName', 80)
      return
    case 'externalid':
      change.externalId = op === 'remove' ? null : text(value, 'externalId', 255)
      return
  }
}

export function groupChangeFromPatch(operations: readonly ScimPatchOperation[]): ScimGroupChange {
  const change: ScimGroupChange = { add: [], remove: [] }
  for (const { op, path, value } of operations) {
    if (path) {
      setGroupAttribute(change, op, path, value)
      continue
    }
    if (op === 'remove') throw new ScimPatchError('noTarget', 'A remove operation needs a path.')
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new ScimPatchError('invalidValue', 'An operation without a path needs an object of attributes as its value.')
    // Okta's rename sends {"id": …, "displayName": …}: the id is the resource's own and changes nothing.
    for (const [key, part] of Object.entries(value)) if (key !== 'id') setGroupAttribute(change, op, key, part)
  }
  return change
}
