import { isolate, isolateNumbers } from './bidi'
import { DEFAULT_LOCALE, localeInfo, type Locale } from '../domain/locales'
import { isLocaleLoaded, textOf } from './text-store'

/** Values put into a text's `{name}` placeholders. */
export type TextParams = Readonly<Record<string, string | number>>

const PLACEHOLDER = /\{([\w.-]+)\}/g

/**
 * Looks up a text key in a locale (in the texts loaded so far, see `text-store.ts`) and fills in its placeholders; a missing key shows as the key itself. In a
 * right-to-left language every number of the text and every value filled in is isolated, so amounts, OCR and
 * bankgiro numbers and dates read in their printed order: this is the one place that does it.
 */
export function translate(locale: Locale, key: string, params?: TextParams): string {
  // While a language is still loading, the default language's text stands in rather than a bare key.
  const text = textOf(locale, key) ?? (isLocaleLoaded(locale) ? undefined : textOf(DEFAULT_LOCALE, key))
  if (text === undefined) return key
  const rtl = localeInfo(locale).dir === 'rtl'
  let filled = ''
  let from = 0
  for (const match of text.matchAll(PLACEHOLDER)) {
    const literal = text.slice(from, match.index)
    filled += rtl ? isolateNumbers(literal) : literal
    const name = match[1] ?? ''
    const value = params?.[name]
    filled += value === undefined ? match[0] : rtl ? isolate(String(value)) : String(value)
    from = match.index + match[0].length
  }
  const rest = text.slice(from)
  return filled + (rtl ? isolateNumbers(rest) : rest)
}

/** Whether a text key exists in a locale. */
export function hasText(locale: Locale, key: string): boolean {
  return textOf(locale, key) !== undefined
}
