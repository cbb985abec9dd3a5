import 'server-only'
import { diffBalance } from '@/lib/planner/diff'
import { parseEngineerSummaries } from '@/lib/planner/meta'
import type { WhatIfPreview } from '@/lib/planner/types'
import type { WhatIfInput } from '@/lib/schemas/plan'
import { AppError } from '@/lib/core/app-error'
import type { OrgId } from '../org-id'
import { whatIfScenario } from '../sprints/availability'
import { recompute } from './compute'

// "What if": the re-planned board for changed availability, computed and shown but never saved.

export async function previewWhatIf(orgId: OrgId, input: WhatIfInput): Promise<WhatIfPreview> {
  const { base, built, stored, scenario } = await recompute(orgId, input.planId, 'what-if', await whatIfScenario(orgId, input))
  // Previewing an out-of-date board would compare against the wrong plan: say so instead.
  if (base.revision !== input.revision)
    throw new AppError('CONFLICT', 'This plan changed since you loaded it. Reload, then try the what-if again.')
  const items = new Map(built.input.items.map((i) => [i.id, i]))
  const cards: WhatIfPreview['cards'] = stored.rows.flatMap((row) => {
    const item = items.get(row.workItemId)
    if (!item) return []
    return [
      {
        itemId: item.id,
        title: item.title ?? item.id,
        type: item.type,
        hours: item.hours,
        priority: item.priority,
        mode: row.mode,
        engineerId: row.membershipId,
        fit: row.fit,
        locked: row.locked,
        pinnedTo: item.pinnedTo ?? null,
        note: row.membershipId ? null : (row.reasons[0] ?? null),
        reasons: row.reasons,
        alternative: stored.summary.alternatives[item.id] ?? null,
      },
    ]
  })
  // The what, and its words, are the ones stored with the re-plan (planChange against this base).
  const diff = { ...stored.change!, balance: diffBalance(parseEngineerSummaries(base.summary, built.names), stored.summary.engineers) }
  return {
    baseVersion: base.version,
    scenario,
    cards,
    summaries: stored.summary.engineers,
    objective: stored.objective,
    unplanned: built.unplanned,
    why: stored.summary.why,
    balance: stored.summary.balance,
    diff,
    names: built.names,
  }
}
