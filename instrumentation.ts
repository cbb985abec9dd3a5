// Next calls register() once when a server process starts, in the Node.js and the edge runtime alike.
export async function register() {
  // Next inlines NEXT_RUNTIME when it bundles, so the edge bundle (proxy.ts) leaves out the
  // Node-only job queue and database code below; NEXT_PHASE keeps `next build` from starting workers.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ startServerJobs }, { log }] = await Promise.all([import('./lib/server/jobs'), import('./lib/log')])
  // A database that is not up yet must not stop the server from starting; /api/ready reports it.
  await startServerJobs().catch((error: unknown) => log('error', 'the job worker did not start', { error }))
}
