import { signIn } from '@/lib/auth/config'
import { buttonClass } from '@/components/ui/button'

/** One button per OAuth provider that is configured through env variables (none by default). */
export function OAuthButtons({ providers, next }: { providers: { id: string; name: string }[]; next: string }) {
  if (providers.length === 0) return null
  return (
    <div className="mt-6 space-y-2 border-t border-slate-200 pt-4 dark:border-slate-700">
      {providers.map((p) => (
        <form
          key={p.id}
          action={async () => {
            'use server'
            await signIn(p.id, { redirectTo: next })
          }}
        >
          <button type="submit" className={buttonClass('secondary', 'w-full')}>
            Continue with {p.name}
          </button>
        </form>
      ))}
    </div>
  )
}
