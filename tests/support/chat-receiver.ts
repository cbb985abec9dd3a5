import { startStandIn, type StandInRequest } from './trackers/stand-in'

// A local stand-in for Slack's and Teams' endpoints (docs/connectors/slack.md, teams.md): incoming
// webhooks answer 200 "ok" (Slack) or "1" (Teams), chat.postMessage answers {"ok":true,...} with a
// bot token; every request is kept with its body so tests compare the exact payload.

export const SLACK_BOT_TOKEN = 'xoxb-1234-5678-do-not-leak'

export async function startChatReceiver() {
  const received: StandInRequest[] = []
  const server = await startStandIn((request) => {
    received.push(request)
    if (request.url.pathname === '/api/chat.postMessage') {
      if (request.authorization !== `Bearer ${SLACK_BOT_TOKEN}`) return { status: 200, body: { ok: false, error: 'invalid_auth' } }
      const channel = (request.body as { channel?: string }).channel
      return { status: 200, body: { ok: true, channel, ts: '1712345678.000100' } }
    }
    if (request.url.pathname.startsWith('/teams/')) return { status: 200, body: '1', headers: { 'content-type': 'text/plain' } }
    return { status: 200, body: 'ok', headers: { 'content-type': 'text/plain' } }
  })
  return { ...server, received }
}
