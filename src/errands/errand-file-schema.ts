import { z } from 'zod'
import { LOCALES, type Locale } from '../domain/locales'

/** The format name every one-file errand carries, so a file of another kind (or a later version) is refused. */
export const ERRAND_FILE_FORMAT = 'digidel-errand/1'

const textsOfLocale = z.record(z.string(), z.string())

/**
 * One errand in one JSON file: what the studio edits, what a branch exports and another imports, what the server
 * publishes and a station runs as a preview. Its files are those of a package folder in `scenes/`; its texts
 * come with it, one record per language.
 */
export const errandFileSchema = z.object({
  format: z.literal(ERRAND_FILE_FORMAT),
  /** The scene the errand runs in, by id. */
  scene: z.string(),
  files: z.object({
    'task.json': z.unknown(),
    'pages.json': z.unknown(),
    'practice.json': z.unknown().optional(),
    'document.json': z.unknown().optional(),
  }),
  texts: z.object(
    Object.fromEntries(LOCALES.map(({ code }) => [code, textsOfLocale])) as Record<
      Locale,
      typeof textsOfLocale
    >,
  ),
})

export type ErrandFile = z.infer<typeof errandFileSchema>
