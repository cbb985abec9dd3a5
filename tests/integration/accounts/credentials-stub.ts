import { CredentialsSignin } from 'next-auth'
import type * as AuthConfig from '@/lib/auth/config'

// next-auth's signIn() needs a live Next request. Tests replace it with this stand-in that runs the
// app's real credentials check (authorizeCredentials: throttle, argon2, audit) the way next-auth
// would, so signInAction's mapping of the outcome (generic error, "try again in N minutes") is tested.

export const testClient = { ip: '203.0.113.7' }

type Config = typeof AuthConfig

export async function stubbedAuthConfig(real: Config): Promise<Config> {
  const signIn = (async (_provider: string, options: { email: string; password: string }) => {
    const request = new Request('http://localhost/api/auth/callback/credentials', { headers: { 'x-forwarded-for': testClient.ip } })
    const user = await real.authorizeCredentials({ email: options.email, password: options.password }, request)
    if (!user) throw new CredentialsSignin()
  }) as unknown as Config['signIn']
  return { ...real, signIn, signOut: (async () => undefined) as unknown as Config['signOut'] }
}
