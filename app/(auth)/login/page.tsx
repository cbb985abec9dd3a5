import type { Metadata } from 'next'
import Link from 'next/link'
import { Alert } from '@/components/ui/alert'
import { oauthProviders } from '@/lib/auth/config'
import { safeNextPath } from '@/lib/auth/redirect'
import { signInErrorMessage } from '@/lib/auth/sign-in-errors'
import { signInAction } from '../actions'
import { CredentialsForm } from '../_components/credentials-form'
import { OAuthButtons } from '../_components/oauth-buttons'

export const metadata: Metadata = { title: 'Sign in' }

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string; error?: string }> }) {
  const params = await searchParams
  const next = safeNextPath(params.next, '/')
  // next-auth sends failed provider sign-ins back here with a code; say what happened in words.
  const problem = signInErrorMessage(typeof params.error === 'string' ? params.error : undefined)
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      {problem ? (
        <div className="mb-4">
          <Alert tone="error">{problem}</Alert>
        </div>
      ) : null}
      <CredentialsForm
        mode="sign-in"
        action={signInAction}
        next={next}
        email={typeof params.email === 'string' ? params.email : undefined}
      />
      <p className="mt-4 text-center text-sm">
        <Link className="font-medium text-blue-700 underline dark:text-blue-300" href={`/login/sso?next=${encodeURIComponent(next)}`}>
          Sign in with SSO
        </Link>
      </p>
      <OAuthButtons providers={oauthProviders()} next={next} />
    </>
  )
}
