import { cookies } from 'next/headers'
import type { ReactNode } from 'react'
import { AppShell } from '@/components/layout/app-shell'
import { getActor } from '@/lib/auth/actor'
import { navItemsFor } from '@/lib/navigation'
import { firstRunOf } from '@/lib/server/first-run'
import { setThemeAction, signOutAction, switchOrganizationAction } from './shell-actions'

// Header forms need void actions; the results matter only through redirects and revalidation.
async function switchOrganization(fd: FormData) {
  'use server'
  await switchOrganizationAction(fd)
}
async function setTheme(fd: FormData) {
  'use server'
  await setThemeAction(fd)
}
async function signOut(fd: FormData) {
  'use server'
  await signOutAction(fd)
}

// Presentation only: every page below runs its own guard (requirePageActor).
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await getActor()
  if (!actor) return <main id="main">{children}</main>
  const theme = (await cookies()).get('theme')?.value === 'dark' ? 'dark' : 'light'
  return (
    <AppShell
      nav={navItemsFor(actor.role, await firstRunOf(actor))}
      userName={actor.name}
      role={actor.role}
      organization={{ id: actor.orgId, name: actor.orgName }}
      organizations={actor.organizations}
      theme={theme}
      controls={{ switchOrganization, setTheme, signOut }}
    >
      {children}
    </AppShell>
  )
}
