import { LOCALES, type Locale } from '../../domain/locales'
import { ERRAND_FILE_FORMAT, type ErrandFile } from '../../errands/errand-file'
import { filesByFolder } from '../../errands/errands'

/** Every built-in package's files, as the app bundles them (the same modules the app checks at start). */
const packageFiles = import.meta.glob<unknown>(
  '../../../scenes/*/errands/*/{task,pages,practice,document}.json',
  { eager: true, import: 'default' },
)
const packageTexts = import.meta.glob<Record<string, string>>('../../../scenes/*/errands/*/texts/*.json', {
  eager: true,
  import: 'default',
})
/** The pages a scene's errands share (its start page): a duplicate carries them, so it stands on its own. */
const scenePageFiles = import.meta.glob<unknown>('../../../scenes/*/pages.json', {
  eager: true,
  import: 'default',
})

/** A built-in errand as the studio lists it: read-only, but a starting point for a duplicate. */
export interface BuiltInErrand {
  /** Its folder from the project root, e.g. `scenes/e-service/errands/book-visit`. */
  folder: string
  file: ErrandFile
}

/** A package file without its `$schema` line, which only points an editor at the JSON Schema. */
export function withoutSchemaLink(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('$schema' in data)) return data
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== '$schema'))
}

function asRecord(data: unknown): Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {}
}

/**
 * The built-in packages of `scenes/` as one-file errands: the scene's shared pages merged under the package's
 * own, and the package's own texts. Pure over the glob results, so a test can pass its own.
 */
export function builtInErrands(
  files: Readonly<Record<string, unknown>> = packageFiles,
  texts: Readonly<Record<string, Record<string, string>>> = packageTexts,
  scenePages: Readonly<Record<string, unknown>> = scenePageFiles,
): BuiltInErrand[] {
  const shared = new Map(
    Object.entries(scenePages).map(([path, pages]) => [path.split('/').at(-2) ?? '', pages]),
  )
  const textsByFolder = new Map<string, Record<string, Record<string, string>>>()
  for (const [path, own] of Object.entries(texts)) {
    const relative = path.replace(/^(\.\.\/)+/, '')
    const folder = relative.slice(0, relative.lastIndexOf('/texts/'))
    const locale = relative.slice(relative.lastIndexOf('/') + 1, -'.json'.length)
    const byLocale = textsByFolder.get(folder) ?? {}
    byLocale[locale] = own
    textsByFolder.set(folder, byLocale)
  }
  return [...filesByFolder(files)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([folder, own]) => {
      const scene = folder.split('/')[1] ?? ''
      const ownTexts = textsByFolder.get(folder) ?? {}
      const practice = own['practice.json']
      const document = own['document.json']
      const file: ErrandFile = {
        format: ERRAND_FILE_FORMAT,
        scene,
        files: {
          'task.json': withoutSchemaLink(own['task.json']),
          'pages.json': {
            ...asRecord(withoutSchemaLink(shared.get(scene))),
            ...asRecord(withoutSchemaLink(own['pages.json'])),
          },
          ...(practice === undefined ? {} : { 'practice.json': withoutSchemaLink(practice) }),
          ...(document === undefined ? {} : { 'document.json': withoutSchemaLink(document) }),
        },
        texts: Object.fromEntries(LOCALES.map(({ code }) => [code, { ...(ownTexts[code] ?? {}) }])) as Record<
          Locale,
          Record<string, string>
        >,
      }
      return { folder, file }
    })
}
