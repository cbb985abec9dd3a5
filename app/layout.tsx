import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import type { ReactNode } from 'react'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Plural', template: '%s · Plural' },
  description: 'Plan engineering work around how people actually like to work.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = (await cookies()).get('theme')?.value === 'dark' ? 'dark' : 'light'
  return (
    <html lang="en" className={theme === 'dark' ? 'dark' : undefined}>
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  )
}
