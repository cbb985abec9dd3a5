import { NextResponse } from 'next/server'
import { importWorkItems } from '@/lib/db/work-items/imports'
import { importRequestSchema, MAX_IMPORT_CHARS } from '@/lib/schemas/import'
import { AppError } from '@/lib/core/app-error'
import { defineRoute } from '@/lib/server/route'

// A route handler rather than a server action: a 10,000-row export is several megabytes, above
// the 1 MB body limit of server actions. It passes the same guard (defineRoute → requireActor).

export const POST = defineRoute({ name: 'work-items.import', permission: 'work-item:write' }, async (request, actor) => {
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > MAX_IMPORT_CHARS * 2) throw new AppError('INVALID', 'The file is larger than 16 MB; split it into smaller files.')
  let body: unknown
  try {
    body = await request.json()
  } catch {
    throw new AppError('INVALID', 'The upload could not be read; please try again.')
  }
  const result = await importWorkItems(actor.orgId, actor.userId, importRequestSchema.parse(body))
  return NextResponse.json({ ok: true, data: result })
})
