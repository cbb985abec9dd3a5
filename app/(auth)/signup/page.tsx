import type { Metadata } from 'next'
import { safeNextPath } from '@/lib/auth/redirect'
import { signUpAction } from '../actions'
import { CredentialsForm } from '../_components/credentials-form'

export const metadata: Metadata = { title: 'Create an account' }

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  const params = await searchParams
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Create your account</h1>
      <CredentialsForm mode="sign-up" action={signUpAction} next={safeNextPath(params.next, '/onboarding')} email={params.email} />
    </>
  )
}
