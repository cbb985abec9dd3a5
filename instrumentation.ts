// Next calls register() once when a server process starts, in the Node.js and the edge runtime alike.
export async function register() {
  // Next inlines NEXT_RUNTIME when it bundles, so the edge bundle (proxy.ts) leaves out the
  // Node-only scheduler and database code below; NEXT_PHASE keeps `next build` from starting timers.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startReminderScheduler } = await import('./lib/server/reminder-scheduler')
  startReminderScheduler()
}
