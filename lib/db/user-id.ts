// A User row's id. Memberships have ids of their own (Membership.id), and the two are easy to
// confuse where both are at hand (the signed-in actor carries both): the audit log names its actor
// by user id, so recordAudit takes this type and a membership id fails to type-check.
declare const userIdBrand: unique symbol
export type UserId = string & { readonly [userIdBrand]: true }

/** For ids read from User.id or Membership.userId, never from a Membership's own id or from input. */
export const userIdOf = (id: string) => id as UserId
