'use client'

import { Button } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { useActionForm } from '@/components/ui/use-action-form'
import { acceptInvitationAction } from './actions'

export function AcceptForm({ token, organizationName }: { token: string; organizationName: string }) {
  const [state, action, pending] = useActionForm(acceptInvitationAction)
  return (
    <form action={action} className="space-y-3">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Joining…' : `Join ${organizationName}`}
      </Button>
    </form>
  )
}
