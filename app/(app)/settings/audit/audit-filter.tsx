import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { SelectField, TextField } from '@/components/ui/field'
import type { AuditFilterInput } from '@/lib/schemas/org'

type Props = { filter: AuditFilterInput; actions: string[]; actors: { userId: string; name: string }[] }

/** A plain GET form: filters live in the URL, so they can be bookmarked and work without JavaScript. */
export function AuditFilter({ filter, actions, actors }: Props) {
  return (
    <form method="get" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <SelectField label="Action" name="action" defaultValue={filter.action ?? ''}>
        <option value="">All actions</option>
        {actions.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </SelectField>
      <SelectField label="Actor" name="actor" defaultValue={filter.actor ?? ''}>
        <option value="">Anyone</option>
        {actors.map((a) => (
          <option key={a.userId} value={a.userId}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <TextField label="From" name="from" type="date" defaultValue={filter.from ?? ''} />
      <TextField label="To" name="to" type="date" defaultValue={filter.to ?? ''} />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass('primary')}>
          Filter
        </button>
        <Link href="/settings/audit" className={buttonClass('ghost')}>
          Reset
        </Link>
      </div>
    </form>
  )
}
