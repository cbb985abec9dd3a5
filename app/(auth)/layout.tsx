import type { ReactNode } from 'react'

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <p className="mb-6 text-center text-lg font-semibold tracking-tight">
          Plural <span className="font-normal text-slate-600 dark:text-slate-400">— planning for every way of working</span>
        </p>
        {children}
      </div>
    </main>
  )
}
