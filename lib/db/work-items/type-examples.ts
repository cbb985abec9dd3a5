import 'server-only'
import { log } from '@/lib/log'
import { EXAMPLE_WEIGHTS, suggestWithModel, trainWorkTypeModel, type WorkTypeModel } from '@/lib/work-items/work-type-model'
import type { WorkType } from '@/lib/core/work-types'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'

// Labelled examples for each organisation's work-type model, and the model itself. Every save of an
// item's type (create, edit, import, bulk edit) records one example of that organisation only; the
// model is rebuilt from them in the background and a suggestion is always served from the last
// model built (or the rules alone), never waiting for training.

/** 'chosen': a person picked or corrected the type; 'suggested': they kept the suggestion unchanged. */
type ExampleSource = keyof typeof EXAMPLE_WEIGHTS

type LabelledItem = { workItemId: string; title: string; description: string; type: WorkType; source: ExampleSource }

/** The most recent examples a model learns from; older ones describe an older vocabulary. */
const MAX_EXAMPLES = 20_000

/**
 * Upserts one example per item in the caller's transaction. The item ids were already checked to be
 * the organisation's; the conflict update is still limited to rows of the same organisation.
 */
export async function recordWorkTypeExamples(orgId: OrgId, tx: Tx, items: readonly LabelledItem[]) {
  if (items.length === 0) return
  await tx.$executeRaw`
    INSERT INTO "WorkTypeExample" ("id", "organizationId", "workItemId", "title", "description", "type", "weight", "updatedAt")
    SELECT gen_random_uuid()::text, ${orgId}::text, t.item, t.title, t.description, t.type::"WorkType", t.weight, now()
    FROM unnest(${items.map((i) => i.workItemId)}::text[], ${items.map((i) => i.title)}::text[], ${items.map((i) => i.description)}::text[],
                ${items.map((i) => i.type)}::text[], ${items.map((i) => EXAMPLE_WEIGHTS[i.source])}::float8[]) AS t(item, title, description, type, weight)
    ON CONFLICT ("workItemId") DO UPDATE SET "title" = EXCLUDED."title", "description" = EXCLUDED."description", "type" = EXCLUDED."type",
      "weight" = EXCLUDED."weight", "updatedAt" = now()
    WHERE "WorkTypeExample"."organizationId" = EXCLUDED."organizationId"`
}

type Entry = { model: WorkTypeModel; stamp: string }
type Cache = { models: Map<OrgId, Entry>; building: Map<OrgId, Promise<void>> }
// One per process, on globalThis: route handlers and actions are bundled apart (see decision 0046).
const cache: Cache = ((globalThis as { __workTypeModels?: Cache }).__workTypeModels ??= { models: new Map(), building: new Map() })

/** Changes whenever an example of the organisation is added, changed or removed (with its item). */
async function stampOf(orgId: OrgId): Promise<string> {
  const { _count, _max } = await prisma.workTypeExample.aggregate({
    where: { organizationId: orgId },
    _count: { _all: true },
    _max: { updatedAt: true },
  })
  return `${_count._all}:${_max.updatedAt?.getTime() ?? 0}`
}

/** Rebuilds the organisation's model from its examples; concurrent calls share one rebuild. */
export function refreshWorkTypeModel(orgId: OrgId): Promise<void> {
  const running = cache.building.get(orgId)
  if (running) return running
  const build = (async () => {
    const stamp = await stampOf(orgId)
    const rows = await prisma.workTypeExample.findMany({
      where: { organizationId: orgId },
      select: { title: true, description: true, type: true, weight: true },
      orderBy: { updatedAt: 'desc' },
      take: MAX_EXAMPLES,
    })
    cache.models.set(orgId, { model: trainWorkTypeModel(rows), stamp })
  })().finally(() => cache.building.delete(orgId))
  cache.building.set(orgId, build)
  return build
}

/** The last model built for the organisation, without waiting (null before the first build). */
function peekWorkTypeModel(orgId: OrgId): WorkTypeModel | null {
  return cache.models.get(orgId)?.model ?? null
}

/** The organisation's suggestion from its last model; starts a rebuild in the background if stale. */
export async function suggestWorkTypeFor(orgId: OrgId, title: string, description: string) {
  const entry = cache.models.get(orgId)
  if (!entry || entry.stamp !== (await stampOf(orgId))) {
    refreshWorkTypeModel(orgId).catch((error: unknown) => log('error', 'work-type model rebuild failed', { orgId, error }))
  }
  return suggestWithModel(entry?.model ?? null, title, description)
}

/** Whether a saved type is the one the organisation's model suggested (a kept suggestion counts less). */
export function sourceOf(orgId: OrgId, item: { title: string; description: string; type: WorkType }): ExampleSource {
  return suggestWithModel(peekWorkTypeModel(orgId), item.title, item.description)?.type === item.type ? 'suggested' : 'chosen'
}
