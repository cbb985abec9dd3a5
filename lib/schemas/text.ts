import { z } from 'zod'
import { labelled } from './field-label'

/**
 * A required line of text, trimmed, with its length rules stated in the field's own words: "Enter …" when
 * it is missing (or shorter than one character), "<Label> must be at least/most N characters" otherwise.
 */
export function textField({ label, min, max, missing }: { label: string; min: number; max: number; missing: string }) {
  const field = z
    .string({ message: missing })
    .trim()
    .min(min, min <= 1 ? missing : `${label} must be at least ${min} characters`)
    .max(max, `${label} must be at most ${max} characters`)
  return labelled(field, label)
}
