import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type ClientMetadata } from 'oidc-provider'

// A real OpenID Provider (the oidc-provider package) on a loopback port, for the single sign-on tests:
// discovery, JWKS, its own login and consent pages (devInteractions: any login names an account below,
// any password), PKCE required, and the e-mail claims in the id_token as Okta, Entra ID and Google put them.

export type OpAccount = { email: string; email_verified: boolean; name?: string }
export type OpClient = { clientId: string; clientSecret: string; redirectUri: string }

export type LocalOp = {
  issuer: string
  /** The private signing key (JWK), so a test can mint an id_token this provider would have signed. */
  signingKey: Record<string, unknown>
  /** Accounts by login; add or change entries at any time. */
  accounts: Map<string, OpAccount>
  addClient(client: OpClient): void
  close(): Promise<void>
}

export async function startOidcProvider(initialClients: OpClient[] = []): Promise<LocalOp> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const signingKey = {
    ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as Record<string, unknown>),
    kid: randomBytes(6).toString('hex'),
    alg: 'RS256',
    use: 'sig',
  }
  const accounts = new Map<string, OpAccount>()
  const clients: OpClient[] = [...initialClients]
  const asMetadata = (c: OpClient): ClientMetadata => ({
    client_id: c.clientId,
    client_secret: c.clientSecret,
    redirect_uris: [c.redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  })

  let provider = build()
  function build() {
    const op = new Provider(issuer, {
      clients: clients.map(asMetadata),
      jwks: { keys: [signingKey as never] },
      cookies: { keys: [randomBytes(16).toString('hex')] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      // Identity providers used for SSO put the requested e-mail claims in the id_token itself.
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      features: { devInteractions: { enabled: true } },
      findAccount: async (_ctx, id) => {
        const account = accounts.get(id)
        if (!account) return undefined
        return { accountId: id, claims: async () => ({ sub: id, ...account }) }
      },
    })
    // Silence its development warnings; errors reach the client as OAuth errors anyway.
    op.on('server_error', () => {})
    return op
  }
  server.on('request', (req, res) => provider.callback()(req, res))

  return {
    issuer,
    signingKey,
    accounts,
    // oidc-provider reads static clients at construction: a new client means a new instance (same keys).
    addClient(client) {
      clients.push(client)
      provider = build()
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * Drives the provider's own login and consent pages with plain HTTP, as a browser would: follows the
 * redirects from `authorizationUrl`, posts `login`, accepts consent, and returns the URL it finally sends
 * the browser to (the app's redirect URI with code, state and iss).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, redirectUri: string): Promise<URL> {
  const jar = new Map<string, string>()
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const eq = pair.indexOf('=')
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1))
    }
  }
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  let next: { url: string; method: 'GET' | 'POST'; body?: URLSearchParams } = { url: authorizationUrl, method: 'GET' }
  for (let step = 0; step < 12; step++) {
    if (next.url.startsWith(redirectUri)) return new URL(next.url)
    const response = await fetch(next.url, { method: next.method, body: next.body, headers: { cookie: cookie() }, redirect: 'manual' })
    remember(response)
    const location = response.headers.get('location')
    if (location) {
      next = { url: new URL(location, next.url).href, method: 'GET' }
      continue
    }
    const html = await response.text()
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]
    if (!action) throw new Error(`The provider answered ${response.status} without a form or redirect: ${html.slice(0, 300)}`)
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1]
    const body = new URLSearchParams({ prompt: prompt ?? '' })
    if (prompt === 'login') {
      body.set('login', login)
      body.set('password', 'any')
    }
    next = { url: new URL(action, next.url).href, method: 'POST', body }
  }
  throw new Error('The provider did not send the browser back to the app')
}
