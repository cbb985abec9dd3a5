import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { canAssignRole, ROLE_LABELS, ROLES } from '@/lib/core/permissions'
import { listMembers } from '@/lib/db/accounts/memberships'
import { formatDate } from '@/lib/core/format'
import { ActionButton } from '../_components/action-button'
import { SettingsNav } from '../_components/settings-nav'
import { removeMemberAction } from './actions'
import { RoleForm } from './_components/role-form'

export const metadata: Metadata = { title: 'Members' }

export default async function MembersPage() {
  const actor = await requirePageActor('member:manage')
  const members = await listMembers(actor.orgId)
  const assignable = ROLES.filter((r) => canAssignRole(actor.role, r))
  return (
    <>
      <PageHeader
        title="Members"
        description="Everyone in this organisation and their role. Only owners can make or change owners, and the last owner always stays."
        actions={
          <Link href="/settings/invitations" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
            Invite people
          </Link>
        }
      />
      <SettingsNav role={actor.role} current="/settings/members" />
      <Table caption={`Members of ${actor.orgName}`} columns={['Name', 'Teams', 'Joined', 'Role', { label: 'Remove', hidden: true }]}>
        {members.map((m) => {
          // An admin sees owners read-only; the server refuses such changes anyway.
          const editable = m.role !== 'OWNER' || actor.role === 'OWNER'
          const self = m.membershipId === actor.membershipId
          return (
            <tr key={m.membershipId} className="border-b border-slate-100 align-top dark:border-slate-800">
              <td className="py-2 pr-4">
                <div className="font-medium">
                  {m.name}
                  {self ? ' (you)' : ''}
                </div>
                <div className="text-slate-600 dark:text-slate-400">{m.email}</div>
                {m.active ? null : <div className="text-sm font-medium">Deactivated by your identity provider</div>}
              </td>
              <td className="py-2 pr-4">{m.teams.map((t) => t.name).join(', ') || '—'}</td>
              <td className="py-2 pr-4">{formatDate(m.joinedAt)}</td>
              <td className="py-2 pr-4">
                {editable ? (
                  <RoleForm membershipId={m.membershipId} memberName={m.name} role={m.role} assignable={assignable} />
                ) : (
                  ROLE_LABELS[m.role]
                )}
              </td>
              <td className="py-2 pr-4">
                {editable && !self ? (
                  <ActionButton
                    action={removeMemberAction}
                    fields={{ membershipId: m.membershipId }}
                    label={`Remove ${m.name}`}
                    variant="ghost"
                    confirm={`Remove ${m.name} from ${actor.orgName}?`}
                  />
                ) : null}
              </td>
            </tr>
          )
        })}
      </Table>
    </>
  )
}
