import type { Metadata } from 'next'
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header'
import { Table } from '@/components/ui/table'
import { requirePageActor } from '@/lib/auth/actor'
import { canAssignRole, ROLE_LABELS, ROLES } from '@/lib/core/permissions'
import { listInvitations, type InvitationStatus } from '@/lib/db/accounts/invitations'
import { formatDate } from '@/lib/core/format'
import { isMailConfigured } from '@/lib/email/mailer'
import { ActionButton } from '../_components/action-button'
import { SettingsNav } from '../_components/settings-nav'
import { revokeInvitationAction } from './actions'
import { InviteForm } from './_components/invite-form'

export const metadata: Metadata = { title: 'Invitations' }

const STATUS_LABELS: Record<InvitationStatus, string> = { pending: 'Pending', accepted: 'Accepted', revoked: 'Revoked', expired: 'Expired' }

export default async function InvitationsPage() {
  const actor = await requirePageActor('invitation:manage')
  const invitations = await listInvitations(actor.orgId)
  const roles = ROLES.filter((r) => canAssignRole(actor.role, r))
  return (
    <>
      <PageHeader
        title="Invitations"
        description="Invite people by e-mail with a role. Each link is valid for 7 days and works once; revoke it if it went to the wrong person."
      />
      <SettingsNav role={actor.role} current="/settings/invitations" />
      <Card title="Invite someone" className="mb-6">
        <InviteForm roles={roles} mailConfigured={isMailConfigured()} />
      </Card>
      <h2 className="mb-2 text-lg font-semibold">Sent invitations</h2>
      {invitations.length === 0 ? (
        <EmptyState title="No invitations yet" />
      ) : (
        <Table caption="Invitations, newest first" columns={['E-mail', 'Role', 'Status', 'Expires', { label: 'Revoke', hidden: true }]}>
          {invitations.map((i) => (
            <tr key={i.id} className="border-b border-slate-100 dark:border-slate-800">
              <td className="py-2 pr-4">{i.email}</td>
              <td className="py-2 pr-4">{ROLE_LABELS[i.role]}</td>
              <td className="py-2 pr-4">{STATUS_LABELS[i.status]}</td>
              <td className="py-2 pr-4">{formatDate(i.expiresAt)}</td>
              <td className="py-2 pr-4">
                {i.status === 'pending' ? (
                  <ActionButton
                    action={revokeInvitationAction}
                    fields={{ invitationId: i.id }}
                    label={`Revoke invitation for ${i.email}`}
                    variant="ghost"
                    confirm={`Revoke the invitation for ${i.email}?`}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  )
}
