import { z } from 'zod'

// Downloads (work items, plans, dashboard tables) come as CSV or JSON; the link says which.

const EXPORT_FORMATS = ['csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A missing format means CSV; anything but csv or json is refused rather than guessed. */
export const exportFormatField = z.enum(EXPORT_FORMATS, { message: 'format must be csv or json' }).default('csv')

/** The query string of a download that takes nothing but its format (a dashboard table). */
export const exportFormatQuerySchema = z.object({ format: exportFormatField })
