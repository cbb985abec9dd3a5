import type { Metadata } from 'next'
import Link from 'next/link'
import { Alert } from '@/components/ui/alert'
import { readSignUpLink } from '@/lib/auth/sign-up'
import { finishSignUpAction } from '../../actions'
import { FinishSignUpForm } from '../../_components/finish-sign-up-form'

export const metadata: Metadata = { title: 'Finish creating your account', referrer: 'no-referrer' }

// The link from the sign-up e-mail (decision 0045). Reading it writes nothing; the form does.
export default async function FinishSignUpPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  const pending = typeof token === 'string' ? await readSignUpLink(token) : null
  if (!pending || typeof token !== 'string') {
    return (
      <Alert tone="error">
        This link is not valid or has expired.{' '}
        <Link className="underline" href="/signup">
          Sign up again
        </Link>{' '}
        to get a new one.
      </Alert>
    )
  }
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Finish creating your account</h1>
      <p className="mb-4 text-sm">
        For <strong>{pending.email}</strong>. Enter the password you chose to sign in.
      </p>
      <FinishSignUpForm action={finishSignUpAction} token={token} />
    </>
  )
}
