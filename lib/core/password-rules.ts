/**
 * The shortest password Plural accepts. Kept apart from the zod schemas so the sign-in page, which
 * states it in its form, does not ship the schema library to the browser for one number.
 */
export const PASSWORD_MIN = 10
