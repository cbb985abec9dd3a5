import Link from 'next/link'
import type { PlanVersion } from '@/lib/db/planner/reads'
import { formatDateTime } from '@/lib/core/format'

const STATUS = { DRAFT: 'Draft', PUBLISHED: 'Published', SUPERSEDED: 'Superseded' } as const

/**
 * Every saved version of the sprint's plan, newest first, each with its own objective and its status in
 * words; none is ever overwritten, and a published one never changes (decision 0055).
 */
export function VersionList({ sprintId, versions, current }: { sprintId: string; versions: PlanVersion[]; current: number }) {
  return (
    <section aria-labelledby="versions-heading" className="mt-6 text-sm">
      <h2 id="versions-heading" className="mb-2 font-semibold">
        Plan versions
      </h2>
      <ul className="space-y-1">
        {versions.map((v) => (
          <li key={v.id}>
            <Link
              href={`/sprints/${sprintId}/planner?version=${v.version}`}
              aria-current={v.version === current ? 'page' : undefined}
              className="text-blue-700 underline dark:text-blue-300"
            >
              Version {v.version}
            </Link>{' '}
            · {STATUS[v.status]}
            {v.basedOnVersion ? ` · based on v${v.basedOnVersion}` : ''} · objective {Math.round(v.objective * 10) / 10} ·{' '}
            <time dateTime={v.createdAt.toISOString()}>{formatDateTime(v.createdAt)}</time>
            {v.authorName ? ` by ${v.authorName}` : ''}
          </li>
        ))}
      </ul>
    </section>
  )
}
