import type { Locale } from '../domain/locales'
import { addLocaleTexts, isLocaleLoaded, type Texts } from './text-store'

/**
 * Every locale file of the app, the scenes, the errand packages and the station, each loaded on demand: a
 * visitor's browser fetches only the languages in use instead of all four (about 45 KB gzip less at start).
 */
const loaders = {
  ...import.meta.glob<Texts>('./locales/*.json', { import: 'default' }),
  ...import.meta.glob<Texts>('../../scenes/*/locales/*.json', { import: 'default' }),
  ...import.meta.glob<Texts>('../../scenes/*/errands/*/texts/*.json', { import: 'default' }),
  ...import.meta.glob<Texts>('../station/locales/*.json', { import: 'default' }),
}
/** The console's own texts: only the console loads them (3.8 KB gzip per language a visitor never reads). */
const staffLoaders = import.meta.glob<Texts>('../staff/locales/*.json', { import: 'default' })

const loading = new Map<Locale, Promise<void>>()

/**
 * Loads a language's texts, once; resolves when they are in the text store. A key defined twice among the files
 * is caught by the build's full dictionary (`dictionary.ts`) and its unit test, not here.
 */
export function loadLocaleTexts(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve()
  const pending =
    loading.get(locale) ??
    loadFiles(loaders, locale).catch((error: unknown) => {
      // Let a later call try again (the network came back).
      loading.delete(locale)
      throw error
    })
  loading.set(locale, pending)
  return pending
}

/** Loads a language's texts with the console's own (the staff console's start). */
export async function loadStaffTexts(locale: Locale): Promise<void> {
  await Promise.all([loadLocaleTexts(locale), loadFiles(staffLoaders, locale)])
}

async function loadFiles(from: Record<string, () => Promise<Texts>>, locale: Locale): Promise<void> {
  const files = await Promise.all(
    Object.entries(from)
      .filter(([path]) => path.endsWith(`/${locale}.json`))
      .map(([, load]) => load()),
  )
  addLocaleTexts(locale, Object.assign({}, ...files) as Texts)
}

/** Null when a language's texts are here already, else the promise of loading them. */
export function textsPending(locale: Locale): Promise<void> | null {
  return isLocaleLoaded(locale) ? null : loadLocaleTexts(locale)
}
