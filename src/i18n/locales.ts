/** The languages a visitor can choose, in the order the lobby offers them. */
export const LOCALES = [
  { code: 'sv', name: 'Svenska', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
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
