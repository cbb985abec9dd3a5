import Link from 'next/link'

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-blue-700 underline dark:text-blue-300">
        Go to your home page
      </Link>
    </main>
  )
}
