'use client'

import Link from 'next/link'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import type { ActionFn } from '@/lib/core/action-result'
import { PASSWORD_MIN } from '@/lib/core/password-rules'

type Props = { mode: 'sign-in' | 'sign-up'; action: ActionFn; next?: string; email?: string }

export function CredentialsForm({ mode, action, next, email }: Props) {
  const [state, formAction, pending, keepTyped] = useActionForm(action)
  const signUp = mode === 'sign-up'
  return (
    <form action={formAction} onSubmit={keepTyped} className="space-y-4">
      <FormStatus
        state={state}
        success={
          signUp
            ? 'Check your e-mail: we sent a message to finish signing up. If nothing arrives within a few minutes, check the address and try again.'
            : undefined
        }
      />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {signUp ? (
        <TextField label="Your name" name="name" autoComplete="name" required maxLength={100} errors={fieldErrors(state, 'name')} />
      ) : null}
      <TextField
        label="E-mail"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={email}
        required
        maxLength={254}
        errors={fieldErrors(state, 'email')}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete={signUp ? 'new-password' : 'current-password'}
        hint={signUp ? `At least ${PASSWORD_MIN} characters.` : undefined}
        required
        minLength={signUp ? PASSWORD_MIN : undefined}
        maxLength={200}
        errors={fieldErrors(state, 'password')}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Please wait…' : signUp ? 'Create account' : 'Sign in'}
      </Button>
      <p className="text-center text-sm">
        {signUp ? 'Already have an account? ' : 'New to Plural? '}
        <Link
          className="font-medium text-blue-700 underline dark:text-blue-300"
          href={`${signUp ? '/login' : '/signup'}${next ? `?next=${encodeURIComponent(next)}` : ''}`}
        >
          {signUp ? 'Sign in' : 'Create an account'}
        </Link>
      </p>
    </form>
  )
}
