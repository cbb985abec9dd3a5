import Link from 'next/link'
import type { ReactNode } from 'react'
import { ROLE_LABELS, type Role } from '@/lib/core/permissions'
import type { NavItem } from '@/lib/navigation'

type Props = {
  nav: readonly NavItem[]
  userName: string
  role: Role
  organization: { id: string; name: string }
  organizations: { id: string; name: string }[]
  theme: 'light' | 'dark'
  controls: Record<'switchOrganization' | 'setTheme' | 'signOut', (fd: FormData) => Promise<void>>
  children: ReactNode
}

const headerButton = 'rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'

export function AppShell({ nav, userName, role, organization, organizations, theme, controls, children }: Props) {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-semibold tracking-tight">
            Plural
          </Link>
          <nav aria-label="Main" className="order-last w-full md:order-none md:w-auto">
            <ul className="flex flex-wrap gap-1">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="block rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800"
                  >
                    {item.label}
                    {item.note ? (
                      <>
                        {' '}
                        <span className="ml-1 rounded border border-amber-400 bg-amber-50 px-1 text-xs font-semibold text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
                          {item.note}
                        </span>
                      </>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex flex-wrap items-center gap-2 text-sm">
            {organizations.length > 1 ? (
              <form action={controls.switchOrganization} className="flex items-center gap-1">
                <label htmlFor="organizationId" className="sr-only">
                  Organisation
                </label>
                <select id="organizationId" name="organizationId" defaultValue={organization.id} className={headerButton}>
                  {organizations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
                <button type="submit" className={headerButton}>
                  Switch
                </button>
              </form>
            ) : (
              <span className="font-medium" data-testid="current-org">
                {organization.name}
              </span>
            )}
            <Link href="/onboarding" className={headerButton}>
              New organisation
            </Link>
            <span className="text-slate-600 dark:text-slate-300">
              {userName} · {ROLE_LABELS[role]}
            </span>
            <form action={controls.setTheme}>
              <input type="hidden" name="theme" value={theme === 'dark' ? 'light' : 'dark'} />
              <button type="submit" className={headerButton}>
                {theme === 'dark' ? 'Light theme' : 'Dark theme'}
              </button>
            </form>
            <form action={controls.signOut}>
              <button type="submit" className={headerButton}>
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      {/* Pages read best at a capped width; a board marked data-page-width="wide" (the planner) uses all of it (decision 0060). */}
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 has-[[data-page-width=wide]]:max-w-none">
        {children}
      </main>
    </div>
  )
}
