import type { Metadata } from 'next'
import { oauthProviders } from '@/lib/auth/config'
import { safeNextPath } from '@/lib/auth/redirect'
import { signInAction } from '../actions'
import { CredentialsForm } from '../_components/credentials-form'
import { OAuthButtons } from '../_components/oauth-buttons'

export const metadata: Metadata = { title: 'Sign in' }

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  const params = await searchParams
  const next = safeNextPath(params.next, '/')
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <CredentialsForm mode="sign-in" action={signInAction} next={next} email={typeof params.email === 'string' ? params.email : undefined} />
      <OAuthButtons providers={oauthProviders()} next={next} />
    </>
  )
}
