import { DICTIONARY } from './dictionary'
import type { Locale } from './locales'

/** Values put into a text's `{name}` placeholders. */
export type TextParams = Readonly<Record<string, string | number>>

/** Looks up a text key in a locale and fills in its placeholders; a missing key shows as the key itself. */
export function translate(locale: Locale, key: string, params?: TextParams): string {
  const text = DICTIONARY[locale][key]
  if (text === undefined) return key
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}

/** Whether a text key exists in a locale. */
export function hasText(locale: Locale, key: string): boolean {
  return DICTIONARY[locale][key] !== undefined
}
