import type { Metadata } from 'next'
import { Alert } from '@/components/ui/alert'
import { safeNextPath } from '@/lib/auth/redirect'
import { signInErrorMessage } from '@/lib/auth/sign-in-errors'
import { SsoForm } from '../../_components/sso-form'

export const metadata: Metadata = { title: 'Sign in with SSO' }

export default async function SsoLoginPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string; error?: string }> }) {
  const params = await searchParams
  // The SSO callback sends a refused sign-in back here with a code; say what happened in words.
  const problem = signInErrorMessage(typeof params.error === 'string' ? params.error : undefined)
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in with SSO</h1>
      {problem ? (
        <div className="mb-4">
          <Alert tone="error">{problem}</Alert>
        </div>
      ) : null}
      <SsoForm next={safeNextPath(params.next, '/')} email={typeof params.email === 'string' ? params.email : undefined} />
    </>
  )
}
