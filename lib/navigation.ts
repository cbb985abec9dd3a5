import { can, type Permission, type Role } from './core/permissions'

// The main navigation, filtered by role so the UI hides what a role cannot do
// (the server still checks every page on its own).
/** `note` is a short word shown beside the label (in text, never colour alone), such as "to do". */
export type NavItem = { href: string; label: string; permission: Permission; note?: string }

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

/** What the member has still to do before Plural can plan for them. */
export type FirstRun = { surveyDue: boolean }

/** Engineers are planned from their profile; other roles may take the survey but are not planned from it. */
export const isPlannedFromProfile = (role: Role) => role === 'ENGINEER'

/** An engineer without a profile has the survey to do first. */
export const isSurveyDue = (role: Role, hasProfile: boolean) => isPlannedFromProfile(role) && !hasProfile

export const navItemsFor = (role: Role, { surveyDue }: FirstRun = { surveyDue: false }) =>
  NAV_ITEMS.filter((item) => can(role, item.permission)).map((item) =>
    surveyDue && item.href === '/survey' ? { ...item, note: 'to do' } : item,
  )

/**
 * Where "/" sends a member: an engineer with the survey still to do to the survey, leads and
 * managers to the dashboard, other engineers to their sprint.
 */
export const homePathFor = (role: Role, { surveyDue }: FirstRun = { surveyDue: false }) =>
  surveyDue ? '/survey' : can(role, 'dashboard:read') ? '/dashboard' : '/my-sprint'
