import { z } from 'zod'

// Cursor pagination: a page answers `nextCursor`, opaque, to pass back for the next page (null at the end).

export const pageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})

export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() }).meta({ id })
