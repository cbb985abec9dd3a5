import { z } from 'zod'
import { labelled, sentenceCase } from './field-label'

// The one schema for a record id taken from input (forms, actions, query strings). Ids are cuids
// today; the check is only a sane bound, not their format: an id that matches nothing in the
// organisation is answered by lib/db with NOT_FOUND (decision 0002), never by a validation message.

export const ID_MAX_LENGTH = 64

const article = (label: string) => (/^[aeiou]/i.test(label) ? 'an' : 'a')

/** An id named by its label in every message: idField('team') fails with "Choose a team". */
export const idField = (label: string) => {
  const missing = `Choose ${article(label)} ${label}`
  return labelled(
    z.string({ message: missing }).trim().min(1, missing).max(ID_MAX_LENGTH, `That ${label} id is not valid`),
    sentenceCase(label),
  )
}

/** An id a form may leave blank: '' (a select's "none") and a missing value both mean null. */
export const optionalIdField = (label: string) => z.preprocess((v) => (v === '' || v === undefined ? null : v), idField(label).nullable())
