'use client'

import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { useActionForm } from '@/components/ui/use-action-form'
import { ROLE_LABELS, type Role } from '@/lib/core/permissions'
import { changeMemberRoleAction } from '../actions'

type Props = { membershipId: string; memberName: string; role: Role; assignable: Role[] }

/** Role picker for one member; only roles the signed-in user may hand out are offered. */
export function RoleForm({ membershipId, memberName, role, assignable }: Props) {
  const [state, action, pending, keepTyped] = useActionForm(changeMemberRoleAction)
  const id = `role-${membershipId}`
  const options = assignable.includes(role) ? assignable : [role, ...assignable]
  return (
    <form action={action} onSubmit={keepTyped} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={id} className="sr-only">
        Role of {memberName}
      </label>
      <select
        id={id}
        name="role"
        defaultValue={role}
        className={`${inputClass} w-auto`}
        aria-describedby={state && !state.ok ? `${id}-status` : undefined}
      >
        {options.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save role'}
      </Button>
      <div id={`${id}-status`} className="w-full">
        <FormStatus state={state} success="Role saved." />
      </div>
    </form>
  )
}
