import { LOCALES, type Locale } from '../domain/locales'
import { addLocaleTexts } from './text-store'

type TextFile = Record<string, string>

/**
 * The app's own strings and every scene's, one JSON file per locale, merged by locale, all loaded at once: for the
 * build, the server's checks and the tests. A visitor's page loads only its languages (`load-locale.ts`).
 */
const files = {
  ...import.meta.glob<TextFile>('./locales/*.json', { eager: true, import: 'default' }),
  ...import.meta.glob<TextFile>('../../scenes/*/locales/*.json', { eager: true, import: 'default' }),
  ...import.meta.glob<TextFile>('../../scenes/*/errands/*/texts/*.json', { eager: true, import: 'default' }),
  ...import.meta.glob<TextFile>('../station/locales/*.json', { eager: true, import: 'default' }),
  ...import.meta.glob<TextFile>('../staff/locales/*.json', { eager: true, import: 'default' }),
}

function localeOfFile(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length)
}

/** Merges text files into one dictionary per locale; a key defined twice is an error. */
export function mergeTextFiles(textFiles: Record<string, TextFile>): Record<string, Record<string, string>> {
  const merged: Record<string, Record<string, string>> = {}
  const ownerOf = new Map<string, string>()
  for (const [path, texts] of Object.entries(textFiles)) {
    const locale = localeOfFile(path)
    const target = (merged[locale] ??= {})
    for (const [key, text] of Object.entries(texts)) {
      const owner = ownerOf.get(`${locale}:${key}`)
      if (owner) throw new Error(`${path}: text key "${key}" is already defined in ${owner}`)
      ownerOf.set(`${locale}:${key}`, path)
      target[key] = text
    }
  }
  return merged
}

/** Every visible string, by locale and key. */
export const DICTIONARY: Readonly<Record<Locale, Readonly<Record<string, string>>>> = (() => {
  const merged = mergeTextFiles(files)
  return Object.fromEntries(LOCALES.map(({ code }) => [code, merged[code] ?? {}])) as Record<
    Locale,
    Record<string, string>
  >
})()

/** Puts every language's texts into the text store at once (build scripts, tests). */
export function installAllTexts(): void {
  for (const { code } of LOCALES) addLocaleTexts(code, DICTIONARY[code])
}
