import Link from 'next/link'
import { can, type Permission, type Role } from '@/lib/core/permissions'

// Settings sections a role may open; the pages check the permission again on their own.
const SECTIONS: { href: string; label: string; permission: Permission; description: string }[] = [
  { href: '/settings', label: 'Account', permission: 'self:use', description: 'Name, password and sessions' },
  { href: '/settings/organization', label: 'Organisation', permission: 'org:manage', description: 'Name of the organisation' },
  { href: '/settings/members', label: 'Members', permission: 'member:manage', description: 'Roles and removal' },
  { href: '/settings/invitations', label: 'Invitations', permission: 'invitation:manage', description: 'Invite people by e-mail' },
  { href: '/settings/teams', label: 'Teams', permission: 'team:write', description: 'Teams and who is on them' },
  { href: '/settings/calendar', label: 'Calendar', permission: 'org:manage', description: 'Working days and public holidays' },
  { href: '/settings/policy', label: 'Work-type policy', permission: 'policy:write', description: 'Which mode suits each work type' },
  {
    href: '/settings/privacy',
    label: 'Privacy',
    permission: 'org:manage',
    description: 'Anonymity threshold for survey and pulse figures',
  },
  { href: '/settings/sso', label: 'Single sign-on', permission: 'org:manage', description: 'Sign-in through your identity provider' },
  { href: '/settings/connectors', label: 'Connectors', permission: 'org:manage', description: 'Jira, Linear and GitHub Issues sync' },
  { href: '/settings/api-tokens', label: 'API tokens', permission: 'org:manage', description: 'Tokens for the Plural API' },
  { href: '/settings/api-reference', label: 'API reference', permission: 'org:manage', description: 'Every API operation' },
  { href: '/settings/webhooks', label: 'Webhooks', permission: 'org:manage', description: 'Signed event messages to your endpoints' },
  {
    href: '/settings/provisioning',
    label: 'Provisioning (SCIM)',
    permission: 'org:manage',
    description: 'Okta, Entra ID or Google Workspace adds and removes people',
  },
  { href: '/settings/audit', label: 'Audit log', permission: 'audit:read', description: 'Security and planning events' },
  { href: '/settings/data', label: 'Data', permission: 'org:own', description: 'Export or delete the organisation' },
]

const settingsSectionsFor = (role: Role) => SECTIONS.filter((s) => can(role, s.permission))

export function SettingsNav({ role, current }: { role: Role; current: string }) {
  return (
    <nav aria-label="Settings" className="mb-6 border-b border-slate-200 pb-2 dark:border-slate-800">
      <ul className="flex flex-wrap gap-1">
        {settingsSectionsFor(role).map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              aria-current={s.href === current ? 'page' : undefined}
              className="block rounded-md px-3 py-1.5 text-sm font-medium hover:bg-slate-100 aria-[current=page]:bg-slate-200 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-700"
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
