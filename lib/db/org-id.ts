// A tenant id that only the session gate (lib/auth/actor.ts) can mint: every lib/db function
// takes one first, so a query cannot be written without an organisation scope.
declare const orgIdBrand: unique symbol
export type OrgId = string & { readonly [orgIdBrand]: true }

/** Only for lib/auth/actor.ts and test factories: the id must come from a verified membership. */
export const trustedOrgId = (id: string) => id as OrgId
