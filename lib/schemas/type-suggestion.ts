import { z } from 'zod'

/** GET /api/work-items/type-suggestion?title=…&description=…: the texts the work-item form sends. */
export const typeSuggestionQuerySchema = z.object({
  title: z.string().trim().min(1, 'Type a title first').max(300),
  // The form sends the start of a long description; enough for the words that matter, and a URL stays short.
  description: z.string().max(2_000).default(''),
})
