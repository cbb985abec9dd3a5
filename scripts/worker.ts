// `npm run worker`: a process that only runs background jobs, for scaling out. Start the servers with
// JOB_WORKER=external so they only enqueue, and run as many of these as needed against the same
// DATABASE_URL: pg-boss hands each job to one worker. SIGINT/SIGTERM let running jobs finish first.
import { stopJobQueue } from '@/lib/db/jobs/queue'
import { log } from '@/lib/log'
import { startWorker } from '@/lib/server/jobs'

if (!process.env.DATABASE_URL) {
  console.error('npm run worker needs DATABASE_URL: the database the app servers use.')
  process.exit(1)
}

await startWorker()
log('info', 'job worker started')

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log('info', 'job worker stopping', { signal })
    stopJobQueue().then(
      () => process.exit(0),
      (error: unknown) => {
        log('error', 'job worker did not stop cleanly', { error })
        process.exit(1)
      },
    )
  })
}
