import type { BoardData, EditedVersion } from '@/lib/planner/types'

const changes = (n: number) => `${n} change${n === 1 ? '' : 's'} not yet published`

/**
 * Over a draft while a published version exists: engineers still see the published one (decision 0055).
 * The count comes with the server's board; just after an edit opened the draft, that board is still
 * the published version, which is all the banner needs to name.
 */
export function DraftBanner({ shown, board }: { shown: EditedVersion; board: BoardData }) {
  if (shown.status !== 'DRAFT') return null
  const fromServer = board.planId === shown.planId ? board.unpublished : null
  const publishedVersion = fromServer?.publishedVersion ?? (board.status === 'PUBLISHED' ? board.version : null)
  if (publishedVersion === null) return null
  return (
    <p
      role="status"
      data-testid="draft-banner"
      className="mb-3 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
    >
      <strong>Draft v{shown.version}</strong>, based on published v{publishedVersion}
      {fromServer ? `: ${changes(fromServer.changes)}` : ''}. The team keeps seeing v{publishedVersion} until you publish.
    </p>
  )
}
