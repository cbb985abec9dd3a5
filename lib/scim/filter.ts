// The SCIM filters identity providers send when they look for a resource before creating it
// (RFC 7644 §3.4.2.2): one `<attribute> eq "<value>"` comparison. Okta sends userName and
// displayName, Entra ID userName, externalId and displayName. Anything richer is refused with
// scimType invalidFilter rather than guessed at, so a provider never links the wrong person.

export type ScimFilter = { attribute: string; value: string }

export class ScimFilterError extends Error {}

const COMPARISON = /^\s*([A-Za-z][\w.:-]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i

/**
 * Parses `filter` against the attributes a resource can be found by (matched case-insensitively,
 * answered in their canonical spelling). Undefined or blank: no filter.
 */
export function parseScimFilter(filter: string | undefined, attributes: readonly string[]): ScimFilter | null {
  if (filter === undefined || filter.trim() === '') return null
  const match = COMPARISON.exec(filter)
  if (!match) throw new ScimFilterError('Only filters of the form attribute eq "value" are supported.')
  const attribute = attributes.find((a) => a.toLowerCase() === match[1].toLowerCase())
  if (!attribute) throw new ScimFilterError(`Filtering by ${match[1]} is not supported; use ${attributes.join(', ')}.`)
  let value: string
  try {
    value = JSON.parse(`"${match[2]}"`) as string
  } catch {
    throw new ScimFilterError('The filter value is not a valid string.')
  }
  return { attribute, value }
}
