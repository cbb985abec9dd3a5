// Helpers for scripts that drive a running `next start`: wait until it answers, and sign in the way the
// login form does (Auth.js's credentials callback), returning the session cookie.

export async function waitForHealth(base, attempts = 120) {
  for (let i = 0; i < attempts; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${base} did not answer /api/health`)
}

export async function signIn(base, email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`)
  const { csrfToken } = await csrf.json()
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: base }),
  })
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('authjs.session-token='))
  if (!session) throw new Error(`sign-in as ${email} failed (${response.status})`)
  return session
}
