/**
 * The languages a visitor can choose, in the order the lobby offers them: `dir` is the reading direction, `tag`
 * the BCP 47 language and region whose conventions dates, numbers and calendars follow.
 */
export const LOCALES = [
  { code: 'sv', name: 'Svenska', dir: 'ltr', tag: 'sv-SE' },
  { code: 'en', name: 'English', dir: 'ltr', tag: 'en-GB' },
] as const

export type Locale = (typeof LOCALES)[number]['code']

/** The language used when none is chosen. */
export const DEFAULT_LOCALE: Locale = 'sv'

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale.code === value)
}

export function localeInfo(code: Locale): (typeof LOCALES)[number] {
  return LOCALES.find((locale) => locale.code === code) ?? LOCALES[0]
}
