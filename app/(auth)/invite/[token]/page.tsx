import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button'
import { getSignedInUser } from '@/lib/auth/actor'
import { ROLE_LABELS } from '@/lib/core/permissions'
import { UNKNOWN_ADDRESS } from '@/lib/accounts/client-address'
import { requestIp } from '@/lib/auth/request'
import { getInvitationPreview, INVITE_THROTTLE_KEY } from '@/lib/db/accounts/invitations'
import { getLoginThrottle, recordLoginAttempt } from '@/lib/db/accounts/login-attempts'
import { AcceptForm } from './accept-form'

export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' }

// Public page: the token in the URL is the only credential. It is never logged or echoed
// anywhere but this page, and unknown tokens count towards the same throttle as accepting.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  // Without a trusted proxy every visitor has the same unknown address, and one shared count would let
  // anyone lock everyone out; the link's secret is too long to guess, and accepting is throttled per person.
  const ip = await requestIp()
  const counted = ip !== UNKNOWN_ADDRESS
  const throttle = counted ? await getLoginThrottle(INVITE_THROTTLE_KEY, ip) : null
  if (throttle && !throttle.allowed)
    return <Alert tone="error">Too many invalid invitation links. Try again in {throttle.retryInMinutes} minutes.</Alert>
  const invite = await getInvitationPreview(token)
  if (!invite) {
    if (counted) await recordLoginAttempt(INVITE_THROTTLE_KEY, ip, false)
    return <Problem title="This invitation link is not valid">Check that you copied the whole link, or ask for a new invitation.</Problem>
  }
  if (invite.status !== 'pending') {
    const why = { accepted: 'has already been used', revoked: 'was revoked', expired: 'has expired' }[invite.status]
    return <Problem title={`This invitation ${why}`}>Ask an owner or admin of {invite.organizationName} for a new one.</Problem>
  }
  const user = await getSignedInUser()
  const next = `/invite/${token}`
  const query = (extra: Record<string, string>) => new URLSearchParams({ next, ...extra }).toString()
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Join {invite.organizationName}</h1>
      <p className="mb-4 text-sm">
        You were invited as <strong>{ROLE_LABELS[invite.role]}</strong> ({invite.email}).
      </p>
      {user && user.email.toLowerCase() === invite.email.toLowerCase() ? (
        <AcceptForm token={token} organizationName={invite.organizationName} />
      ) : user ? (
        <Alert tone="warning">
          You are signed in as {user.email}, but this invitation is for {invite.email}. Sign out and sign in with that address to accept it.
        </Alert>
      ) : (
        <div className="space-y-2">
          <Link className={buttonClass('primary', 'w-full')} href={`/signup?${query({ email: invite.email })}`}>
            Create an account to join
          </Link>
          <Link className={buttonClass('secondary', 'w-full')} href={`/login?${query({ email: invite.email })}`}>
            I already have an account
          </Link>
        </div>
      )}
    </>
  )
}

function Problem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">{title}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">{children}</p>
      <p className="mt-4 text-sm">
        <Link className="text-blue-700 underline dark:text-blue-300" href="/login">
          Go to sign in
        </Link>
      </p>
    </>
  )
}
