// The API reference page reads the OpenAPI document's JSON Schemas (generated from the zod schemas)
// as rows a person can scan: one per field, nested objects and lists of objects spelled as paths
// (`assignments[].mode`), with the type and the rules in words.

/** The parts of a JSON Schema (draft 2020-12, as OpenAPI 3.1 uses) the reference shows. */
export type JsonSchema = {
  $ref?: string
  type?: string | string[]
  format?: string
  enum?: readonly unknown[]
  anyOf?: readonly JsonSchema[]
  oneOf?: readonly JsonSchema[]
  properties?: Record<string, JsonSchema>
  required?: readonly string[]
  items?: JsonSchema
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  minLength?: number
  maxLength?: number
  maxItems?: number
  default?: unknown
  description?: string
}

export type FieldRow = { name: string; type: string; required: boolean; rules: string }

/** Zod's bounds of a safe integer say nothing a reader needs. */
const SAFE = Number.MAX_SAFE_INTEGER
const MAX_DEPTH = 4

export function resolveRef(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const name = schema.$ref?.replace('#/components/schemas/', '')
  return name && components[name] ? components[name] : schema
}

/** A schema without its `null` alternative, and whether it had one. */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const options = schema.anyOf ?? schema.oneOf
  if (options) {
    const rest = options.filter((o) => o.type !== 'null')
    if (rest.length === 1 && rest.length < options.length) return { schema: rest[0], nullable: true }
  }
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const types = schema.type.filter((t) => t !== 'null')
    return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true }
  }
  return { schema, nullable: false }
}

function typeText(schema: JsonSchema): string {
  if (schema.enum) return 'string (enumerated)'
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? (schema.anyOf ? 'one of several shapes' : 'any'))
  if (type === 'array') return `list of ${schema.items ? typeText(schema.items) : 'any'}`
  return schema.format ? `${type} (${schema.format})` : type
}

function rulesText(schema: JsonSchema): string {
  const rules: string[] = []
  if (schema.description) rules.push(schema.description)
  if (schema.enum) rules.push(`One of ${schema.enum.map(String).join(', ')}`)
  if (schema.minLength !== undefined) rules.push(`at least ${schema.minLength} characters`)
  if (schema.maxLength !== undefined) rules.push(`at most ${schema.maxLength} characters`)
  if (schema.exclusiveMinimum !== undefined) rules.push(`more than ${schema.exclusiveMinimum}`)
  if (schema.minimum !== undefined && Math.abs(schema.minimum) < SAFE) rules.push(`at least ${schema.minimum}`)
  if (schema.maximum !== undefined && Math.abs(schema.maximum) < SAFE) rules.push(`at most ${schema.maximum}`)
  if (schema.maxItems !== undefined) rules.push(`at most ${schema.maxItems} entries`)
  if (schema.default !== undefined) rules.push(`default ${JSON.stringify(schema.default)}`)
  return rules.join('; ')
}

/** One row per field of an object schema, nested fields included; a non-object schema is one unnamed row. */
export function fieldRows(root: JsonSchema, components: Record<string, JsonSchema> = {}): FieldRow[] {
  const rows: FieldRow[] = []
  const visit = (schema: JsonSchema, prefix: string, depth: number) => {
    const object = resolveRef(schema, components)
    for (const [key, raw] of Object.entries(object.properties ?? {})) {
      const { schema: bare, nullable } = withoutNull(resolveRef(raw, components))
      const field = bare.items ? { ...bare, items: resolveRef(bare.items, components) } : bare
      const name = `${prefix}${key}`
      rows.push({
        name,
        type: `${typeText(field)}${nullable ? ', or null' : ''}`,
        required: object.required?.includes(key) ?? false,
        rules: rulesText(field),
      })
      if (depth >= MAX_DEPTH) continue
      if (field.properties) visit(field, `${name}.`, depth + 1)
      if (field.items?.properties) visit(field.items, `${name}[].`, depth + 1)
    }
  }
  const top = resolveRef(root, components)
  if (top.properties) visit(top, '', 0)
  else rows.push({ name: '(body)', type: typeText(top), required: true, rules: rulesText(top) })
  return rows
}
