import { NextResponse } from 'next/server'
import { safeNextPath } from '@/lib/auth/redirect'
import { publicOrigin } from '@/lib/auth/request'
import { startSsoSession, takeSsoState, writeOrgChoice } from '@/lib/auth/session'
import { SSO_ERRORS } from '@/lib/auth/sign-in-errors'
import { log } from '@/lib/log'
import { completeSso } from '@/lib/server/sso/flow'

// The redirect URI every organisation registers at its IdP. Public: the IdP sends the browser here, and
// the state (this browser's cookie and the server's single-use request) is the credential. Every answer
// is a redirect to a page that says in words what happened.

export async function GET(request: Request) {
  const origin = await publicOrigin()
  const go = (path: string) => NextResponse.redirect(new URL(path, origin), 303)
  try {
    const outcome = await completeSso(new URL(request.url).searchParams, await takeSsoState())
    if (outcome.kind === 'refused')
      return go(`${outcome.purpose === 'verify-domain' ? '/settings/sso' : '/login/sso'}?error=${outcome.code}`)
    if (outcome.kind === 'domain-verified') return go(`/settings/sso?verified=${encodeURIComponent(outcome.domain)}`)
    await startSsoSession(outcome.ticket)
    await writeOrgChoice(outcome.orgId)
    return go(safeNextPath(outcome.next, '/'))
  } catch (error) {
    log('error', 'sso: the callback failed', { error })
    return go(`/login/sso?error=${SSO_ERRORS.failed}`)
  }
}
