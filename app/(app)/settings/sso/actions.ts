'use server'

import { redirect } from 'next/navigation'
import { writeSsoState } from '@/lib/auth/session'
import { deleteSsoConnection, deleteSsoDomain } from '@/lib/db/accounts/sso'
import { ssoConnectionSchema, ssoDomainRefSchema, ssoDomainSchema } from '@/lib/schemas/sso'
import { defineAction } from '@/lib/server/action'
import { startDomainVerification } from '@/lib/server/sso/flow'
import { addSsoDomain, saveCheckedSsoConnection, verifySsoDomainByDns } from '@/lib/server/sso/manage'
import { z } from 'zod'

// Settings › Single sign-on (owners and admins). No action answers with the client secret.
const revalidate = ['/settings/sso']

export const saveSsoConnectionAction = defineAction(
  { name: 'sso.connection.save', permission: 'org:manage', revalidate },
  ssoConnectionSchema,
  async (input, actor) => saveCheckedSsoConnection(actor.orgId, actor.userId, input),
)

export const deleteSsoConnectionAction = defineAction(
  { name: 'sso.connection.delete', permission: 'org:manage', revalidate },
  z.object({}),
  async (_input, actor) => deleteSsoConnection(actor.orgId, actor.userId),
)

export const addSsoDomainAction = defineAction(
  { name: 'sso.domain.add', permission: 'org:manage', revalidate },
  ssoDomainSchema,
  async ({ domain }, actor) => addSsoDomain(actor.orgId, actor.userId, domain),
)

export const removeSsoDomainAction = defineAction(
  { name: 'sso.domain.remove', permission: 'org:manage', revalidate },
  ssoDomainRefSchema,
  async ({ domainId }, actor) => deleteSsoDomain(actor.orgId, actor.userId, domainId),
)

export const verifySsoDomainByDnsAction = defineAction(
  { name: 'sso.domain.verify-dns', permission: 'org:manage', revalidate },
  ssoDomainRefSchema,
  async ({ domainId }, actor) => verifySsoDomainByDns(actor.orgId, actor.userId, domainId),
)

/** Sends the admin to the IdP; the callback marks the domain verified if they sign in with an address of it. */
export const verifySsoDomainBySignInAction = defineAction(
  { name: 'sso.domain.verify-sign-in', permission: 'org:manage' },
  ssoDomainRefSchema,
  async ({ domainId }, actor) => {
    const { url, state } = await startDomainVerification(actor.orgId, actor.userId, domainId)
    await writeSsoState(state)
    redirect(url)
  },
)
