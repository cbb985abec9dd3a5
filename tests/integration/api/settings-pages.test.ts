import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import ApiReferencePage from '@/app/(app)/settings/api-reference/page'
import ApiTokensPage from '@/app/(app)/settings/api-tokens/page'
import { revokeApiToken } from '@/lib/db/api/tokens'
import { API_OPERATIONS } from '@/lib/schemas/api/operations'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { tokenFor } from './api-client'

// What Settings shows of the API: the token list with statuses in words and never a secret, and a
// reference naming every documented operation.

let org: TestOrg

beforeAll(async () => {
  org = await createTestOrg()
})

describe('Settings › API tokens', () => {
  it('shows an empty state first', async () => {
    const fresh = await createTestOrg()
    await signInAs(fresh.members.ADMIN, fresh.orgId)
    expect(renderToStaticMarkup(await ApiTokensPage())).toContain('No API tokens yet')
  })

  it('lists tokens with prefix and status in words, and never their secret', async () => {
    const active = await tokenFor(org, 'READ')
    const revoked = await tokenFor(org, 'PLANNING')
    await revokeApiToken(org.orgId, org.members.OWNER.userId, revoked.id)
    const expired = await tokenFor(org, 'READ', org.members.OWNER, '2020-01-01')
    await signInAs(org.members.OWNER, org.orgId)
    const html = renderToStaticMarkup(await ApiTokensPage())
    for (const token of [active, revoked, expired]) {
      expect(html).toContain(token.secret.slice(0, 12))
      expect(html).not.toContain(token.secret.slice(13))
    }
    expect(html).toMatch(/Active/)
    expect(html).toMatch(/Revoked/)
    expect(html).toMatch(/Expired/)
    expect(html).toContain('api-token.revoked')
  })

  it('refuses members below admin', async () => {
    await signInAs(org.members.MANAGER, org.orgId)
    await expect(ApiTokensPage()).rejects.toThrow()
  })
})

describe('Settings › API reference', () => {
  it('names every documented operation with its problem anchors', async () => {
    await signInAs(org.members.ADMIN, org.orgId)
    const html = renderToStaticMarkup(await ApiReferencePage())
    for (const operation of API_OPERATIONS) expect(html).toContain(`id="op-${operation.id}"`)
    expect(html).toContain('id="problem-precondition-failed"')
    expect(html).toContain('/api/v1/openapi.json')
    expect(html).toContain('Idempotency-Key')
  })
})
