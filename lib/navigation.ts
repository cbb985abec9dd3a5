import { can, type Permission, type Role } from './core/permissions'

// The main navigation, filtered by role so the UI hides what a role cannot do
// (the server still checks every page on its own).
export type NavItem = { href: string; label: string; permission: Permission }

const NAV_ITEMS: readonly NavItem[] = [
  { href: '/dashboard', label: 'Dashboard', permission: 'dashboard:read' },
  { href: '/sprints', label: 'Sprints', permission: 'sprint:read' },
  { href: '/work-items', label: 'Work items', permission: 'work-item:read' },
  { href: '/team', label: 'Team', permission: 'profile:read' },
  { href: '/my-sprint', label: 'My sprint', permission: 'self:use' },
  { href: '/survey', label: 'Survey', permission: 'self:use' },
  { href: '/pulse', label: 'Sprint pulse', permission: 'self:use' },
  { href: '/settings', label: 'Settings', permission: 'self:use' },
]

export const navItemsFor = (role: Role) => NAV_ITEMS.filter((item) => can(role, item.permission))

/** Where "/" sends a member: leads and managers to the dashboard, engineers to their sprint. */
export const homePathFor = (role: Role) => (can(role, 'dashboard:read') ? '/dashboard' : '/my-sprint')
