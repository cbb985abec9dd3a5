'use client'

import Link from 'next/link'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { ssoSignInAction } from '../actions'

/** The e-mail decides the organisation, and with it the identity provider the browser goes to. */
export function SsoForm({ next, email }: { next: string; email?: string }) {
  const [state, action, pending, keepTyped] = useActionForm(ssoSignInAction)
  return (
    <form action={action} onSubmit={keepTyped} className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField
        label="E-mail"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={email}
        required
        maxLength={254}
        hint="Your work e-mail address: it tells us which identity provider to send you to."
        errors={fieldErrors(state, 'email')}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Opening your identity provider…' : 'Continue with SSO'}
      </Button>
      <p className="text-center text-sm">
        <Link className="font-medium text-blue-700 underline dark:text-blue-300" href={`/login?next=${encodeURIComponent(next)}`}>
          Sign in with a password instead
        </Link>
      </p>
    </form>
  )
}
