import { z } from 'zod'
import { LOCALES, type Locale } from '../domain/locales'
import type { ErrandContext } from '../errands/check-errand'
import { printFromApp, readBuiltFile, type BuiltFile } from './catalog'
import type { ErrandContextData } from './errand-context-source'

export type { ErrandContextData } from './errand-context-source'

/** The file the build writes beside the built app: what authored errands are checked against. */
export const ERRAND_CONTEXT_FILE = 'errand-context.json'

const texts = z.record(z.string(), z.string())

const contextDataSchema = z.strictObject({
  texts: z.strictObject(
    Object.fromEntries(LOCALES.map(({ code }) => [code, texts])) as Record<Locale, typeof texts>,
  ),
  sceneDraws: z.record(z.string(), z.array(z.string())),
  taskTitleKeys: z.record(z.string(), z.string()),
}) satisfies z.ZodType<ErrandContextData>

const BUILT_CONTEXT: BuiltFile<ErrandContextData> = {
  name: ERRAND_CONTEXT_FILE,
  schema: contextDataSchema,
  what: "the app's texts and scenes",
  // Every folder the texts and scenes come from.
  sources: ['scenes', 'src/i18n', 'src/station/locales', 'src/staff/locales'],
}

const loaded = new Map<string | null, Promise<ErrandContextData>>()

/**
 * The app's texts and scenes, read once per process from the same sources, in the same order, as the catalog
 * (`loadCatalog`): the build's file beside the app, else the app's code under Vite, else a short-lived process.
 * @param staticDir the built app's folder, if any
 */
export function loadErrandContext(staticDir: string | null = null): Promise<ErrandContextData> {
  let data = loaded.get(staticDir)
  if (data === undefined) {
    data = readContext(staticDir).catch((error: unknown) => {
      loaded.delete(staticDir)
      throw error
    })
    loaded.set(staticDir, data)
  }
  return data
}

async function readContext(staticDir: string | null): Promise<ErrandContextData> {
  const built = staticDir === null ? null : await readBuiltFile(staticDir, BUILT_CONTEXT)
  if (built !== null) return built
  try {
    const { errandContextData } = await import('./errand-context-source')
    return errandContextData()
  } catch {
    // Not under Vite: import.meta.glob does not exist here.
    return contextDataSchema.parse(await printFromApp(['--context']))
  }
}

/** The context `checkErrandFile` takes, over the data: the app's texts, and each scene's own controls. */
export function errandContextOf(data: ErrandContextData): ErrandContext {
  return {
    hasText: (locale, key) => ownText(data, locale, key),
    sceneDraws: (scene) => (Object.hasOwn(data.sceneDraws, scene) ? data.sceneDraws[scene] : undefined),
  }
}

/** A text of the app, by locale and key; only the data's own keys (never `constructor` and the like). */
export function ownText(data: ErrandContextData, locale: Locale, key: string): string | undefined {
  const texts = data.texts[locale]
  return Object.hasOwn(texts, key) ? texts[key] : undefined
}
