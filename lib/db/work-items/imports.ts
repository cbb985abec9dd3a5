import 'server-only'
import { randomBytes } from 'node:crypto'
import { Prisma } from '@/lib/generated/prisma/client'
import type { ImportRequest } from '@/lib/schemas/import'
import { AppError } from '@/lib/core/app-error'
import { CsvError } from '@/lib/work-items/csv'
import { prepareImport, type PreparedRow } from '@/lib/work-items/import'
import { recordAudit } from '../accounts/audit'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'
import { transactionWithOutbox } from '../webhooks/outbox'
import { trackWorkItems } from './change-events'
import { recordWorkTypeExamples } from './type-examples'

// CSV import: the file is parsed and every row checked again here (the preview ran in the browser
// and is not trusted). Any bad row → nothing is written. Otherwise all rows are written by ONE
// INSERT … ON CONFLICT statement in one transaction: 10,000 rows take about a second, where
// 10,000 Prisma upserts would take far longer. Re-importing updates items by external key.

/** Reported bad rows are capped so a wholly wrong file does not produce a megabyte of messages. */
const MAX_REPORTED_ROWS = 500

/** Ids in Prisma's cuid shape ("c" + base36), so they look like every other id in the app. */
const newId = () => `c${Date.now().toString(36)}${randomBytes(12).toString('hex').slice(0, 16)}`

type ImportResult = { created: number; updated: number; suggested: number }

async function upsertRows(
  tx: Tx,
  orgId: OrgId,
  rows: PreparedRow[],
  target: { sprintId: string | null; teamId: string | null },
  mapped: { description: boolean; labels: boolean; status: boolean },
) {
  const ids = rows.map(() => newId())
  // Columns the file does not map keep their current values on re-import (e.g. an item's status).
  const keep = (column: string, isMapped: boolean) =>
    isMapped ? Prisma.raw(`"${column}" = EXCLUDED."${column}"`) : Prisma.raw(`"${column}" = "WorkItem"."${column}"`)
  const result = await tx.$queryRaw<{ id: string; externalKey: string | null; inserted: boolean }[]>`
    INSERT INTO "WorkItem" ("id", "organizationId", "teamId", "sprintId", "title", "description", "type", "hours", "priority", "labels", "externalKey", "status", "createdAt", "updatedAt")
    SELECT t.id, ${orgId}::text, ${target.teamId}::text, ${target.sprintId}::text, t.title, t.description, t.type::"WorkType", t.hours, t.priority,
           ARRAY(SELECT jsonb_array_elements_text(t.labels::jsonb)), t.key, t.status::"WorkItemStatus", now(), now()
    FROM unnest(${ids}::text[], ${rows.map((r) => r.title)}::text[], ${rows.map((r) => r.description)}::text[],
                ${rows.map((r) => r.type)}::text[], ${rows.map((r) => r.hours)}::float8[], ${rows.map((r) => r.priority)}::int[],
                ${rows.map((r) => JSON.stringify(r.labels))}::text[], ${rows.map((r) => r.externalKey)}::text[], ${rows.map((r) => r.status)}::text[])
         AS t(id, title, description, type, hours, priority, labels, key, status)
    ON CONFLICT ("organizationId", "externalKey") DO UPDATE SET
      "title" = EXCLUDED."title", "type" = EXCLUDED."type", "hours" = EXCLUDED."hours", "priority" = EXCLUDED."priority",
      ${keep('description', mapped.description)}, ${keep('labels', mapped.labels)}, ${keep('status', mapped.status)}, "updatedAt" = now()
    RETURNING "id", "externalKey", (xmax = 0) AS inserted`
  const created = result.filter((r) => r.inserted).length
  // A re-imported row keeps its item's id (found by key); a new row has the id generated above.
  const byKey = new Map(result.flatMap((r) => (r.externalKey === null ? [] : [[r.externalKey, r.id] as const])))
  await recordWorkTypeExamples(
    orgId,
    tx,
    rows.map((r, i) => ({
      workItemId: (r.externalKey !== null ? byKey.get(r.externalKey) : undefined) ?? ids[i],
      title: r.title,
      description: r.description,
      type: r.type,
      source: r.typeSource === 'suggested' ? ('suggested' as const) : ('chosen' as const),
    })),
  )
  return { created, updated: result.length - created, ids: result.map((r) => r.id) }
}

export async function importWorkItems(orgId: OrgId, actorId: UserId, request: ImportRequest): Promise<ImportResult> {
  let prepared
  try {
    prepared = prepareImport(request.csv, request.mapping, request.options, {
      overrides: request.typeOverrides,
      suggested: request.suggestedTypes,
    })
  } catch (error) {
    if (error instanceof CsvError) throw new AppError('INVALID', error.message, { file: [error.message] })
    throw error
  }
  if (prepared.errors.length > 0) {
    const n = prepared.errors.length
    const listed = prepared.errors.slice(0, MAX_REPORTED_ROWS).map((e) => e.message)
    if (n > MAX_REPORTED_ROWS) listed.push(`…and ${n - MAX_REPORTED_ROWS} more rows.`)
    throw new AppError(
      'INVALID',
      `${n} ${n === 1 ? 'row has a problem' : 'rows have problems'}; nothing was imported. Fix ${n === 1 ? 'it' : 'them'} and upload the file again.`,
      { rows: listed },
    )
  }
  if (prepared.rows.length === 0) throw new AppError('INVALID', 'The file has no data rows under its header.', { file: ['No data rows.'] })
  const { rows } = prepared
  return transactionWithOutbox(
    async (tx, outbox) => {
      const tracking = await trackWorkItems(tx, orgId, outbox, 'import', {
        externalKeys: rows.flatMap((r) => (r.externalKey === null ? [] : [r.externalKey])),
      })
      let target = { sprintId: null as string | null, teamId: null as string | null }
      if (request.sprintId) {
        const sprint = await tx.sprint.findFirst({
          where: { id: request.sprintId, organizationId: orgId },
          select: { id: true, teamId: true, status: true },
        })
        if (!sprint) throw new AppError('NOT_FOUND', 'Sprint not found.', { sprintId: ['Sprint not found.'] })
        if (sprint.status === 'CLOSED')
          throw new AppError('INVALID', 'That sprint is closed; import into the backlog or an open sprint.', {
            sprintId: ['That sprint is closed.'],
          })
        target = { sprintId: sprint.id, teamId: sprint.teamId }
      }
      const mapped = {
        description: request.mapping.description !== null,
        labels: request.mapping.labels.length > 0,
        status: request.mapping.status !== null,
      }
      const { created, updated, ids } = await upsertRows(tx, orgId, rows, target, mapped)
      await tracking.record(ids)
      const suggested = rows.filter((r) => r.typeSource === 'suggested').length
      await recordAudit(
        orgId,
        {
          actorId,
          action: 'work-items.imported',
          targetType: 'work-item',
          data: { format: prepared.format, rows: rows.length, created, updated, suggested, sprintId: target.sprintId },
        },
        tx,
      )
      return { created, updated, suggested }
    },
    { timeout: 60_000, maxWait: 10_000 },
  )
}

/** The organisation's default hours per story point, prefilled in the import preview. */
export async function getImportDefaults(orgId: OrgId) {
  const org = await prisma.organization.findUnique({ where: { id: orgId }, select: { storyPointHours: true } })
  return { storyPointHours: org?.storyPointHours ?? 4 }
}
