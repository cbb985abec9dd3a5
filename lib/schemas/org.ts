import { z } from 'zod'

export const createOrganizationSchema = z.object({
  name: z.string({ message: 'Enter a name for the organisation' }).trim().min(2, 'Organisation name must be at least 2 characters').max(80, 'Organisation name must be at most 80 characters'),
})
