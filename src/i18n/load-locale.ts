import type { Locale } from '../domain/locales'
import { addLocaleTexts, isLocaleLoaded, type Texts } from './text-store'

/**
 * Every locale file of the app, the scenes, the errand packages, the station and the console, each loaded on
 * demand: a visitor's browser fetches only the languages in use instead of all four (about 45 KB gzip less at
 * start).
 */
const loaders = {
  ...import.meta.glob<Texts>('./locales/*.json', { import: 'default' }),
  ...import.meta.glob<Texts>('../../scenes/*/locales/*.json', { import: 'default' }),
  ...import.meta.glob<Texts>('../../scenes/*/errands/*/texts/*.json', { import: 'default' }),
  ...import.meta.glob<Texts>('../station/locales/*.json', { import: 'default' }),
  ...import.meta.glob<Texts>('../staff/locales/*.json', { import: 'default' }),
}

const loading = new Map<Locale, Promise<void>>()

/**
 * Loads a language's texts, once; resolves when they are in the text store. A key defined twice among the files
 * is caught by the build's full dictionary (`dictionary.ts`) and its unit test, not here.
 */
export function loadLocaleTexts(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve()
  const pending =
    loading.get(locale) ??
    Promise.all(
      Object.entries(loaders)
        .filter(([path]) => path.endsWith(`/${locale}.json`))
        .map(([, load]) => load()),
    ).then(
      (files) => addLocaleTexts(locale, Object.assign({}, ...files) as Texts),
      (error: unknown) => {
        // Let a later call try again (the network came back).
        loading.delete(locale)
        throw error
      },
    )
  loading.set(locale, pending)
  return pending
}

/** Null when a language's texts are here already, else the promise of loading them. */
export function textsPending(locale: Locale): Promise<void> | null {
  return isLocaleLoaded(locale) ? null : loadLocaleTexts(locale)
}
