import { z } from 'zod'

// A field's schema carries the label its form shows, so a refusal names the field the way the person
// reading it sees it ("End date"), never by its code key ("endDate"). One registry, read by the server's
// error mapping; the schema helpers (textField, idField, the sprint dates) register their labels here.

const fieldLabels = z.registry<{ label: string }>()

/** "team member" → "Team member": helpers that word messages in lower case label the field in sentence case. */
export const sentenceCase = (label: string) => label.charAt(0).toUpperCase() + label.slice(1)

/** Registers `label` for this schema instance and returns the same instance. */
export function labelled<S extends z.ZodType>(schema: S, label: string): S {
  fieldLabels.add(schema, { label })
  return schema
}

type Def = {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
}
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def

/** The schema itself and what it wraps (optional, default, preprocess, transform…), outermost first. */
function layers(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema)
  const inner = def.innerType ? [def.innerType] : def.type === 'pipe' ? [def.in, def.out] : []
  return [schema, ...inner.filter((s): s is z.ZodType => s !== undefined).flatMap(layers)]
}

function child(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  for (const layer of layers(schema)) {
    const def = defOf(layer)
    if (def.type === 'object' && typeof key === 'string') return def.shape?.[key]
    if (def.type === 'array' && typeof key === 'number') return def.element
  }
  return undefined
}

/** The label of the field at `path` (a zod issue's path), or undefined when that field has none. */
export function labelAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let field: z.ZodType | undefined = schema
  for (const key of path) field = field && child(field, key)
  if (!field) return undefined
  for (const layer of layers(field)) {
    const label = fieldLabels.get(layer)?.label
    if (label) return label
  }
  return undefined
}
