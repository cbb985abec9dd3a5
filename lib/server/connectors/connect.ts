import 'server-only'
import { githubScopeSchema, jiraScopeSchema, linearScopeSchema } from '@/lib/schemas/connector'
import type { ConnectionForSync } from '@/lib/db/connectors/connections'
import { decryptSecret } from '../secrets'
import { isPlainHttpAllowed } from '../webhooks/target'
import { TrackerError } from './http'
import { githubClient } from './github'
import { jiraClient } from './jira'
import { linearClient } from './linear'
import type { TrackerClient } from './tracker-client'

// The one place a stored connection becomes a client: the token is opened here, used in request
// headers by the client, and goes no further.

/** Plain http is for local stand-ins (isPlainHttpAllowed): in production a tracker is reached over TLS only. */
function requireSecureUrl(baseUrl: string) {
  if (!baseUrl.startsWith('https://') && !isPlainHttpAllowed(new URL(baseUrl)))
    throw new TrackerError('not-found', 'Tracker addresses must use https://.')
}

export function trackerClientFor(connection: ConnectionForSync): TrackerClient {
  requireSecureUrl(connection.baseUrl)
  const token = decryptSecret(connection.credential)
  const { baseUrl, account } = connection
  switch (connection.kind) {
    case 'JIRA':
      return jiraClient({ baseUrl, account, token, scope: jiraScopeSchema.parse(connection.scope) })
    case 'LINEAR':
      return linearClient({ baseUrl, token, scope: linearScopeSchema.parse(connection.scope) })
    case 'GITHUB':
      return githubClient({ baseUrl, token, scope: githubScopeSchema.parse(connection.scope) })
  }
}
