import { z } from 'zod'

/**
 * What `GET /api/errands` answers: the current version of every published errand, each file still to be checked
 * with `checkErrandFile` by whoever offers or names it (a station, the staff console).
 */
export const publishedErrandsSchema = z.object({
  errands: z.array(z.object({ id: z.string(), version: z.number(), file: z.unknown() })),
})

/** A parsed answer of `GET /api/errands`. */
export type PublishedErrands = z.infer<typeof publishedErrandsSchema>
