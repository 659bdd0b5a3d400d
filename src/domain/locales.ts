/**
 * The languages a visitor can choose, in the order the lobby offers them: `dir` is the reading direction, `tag`
 * the BCP 47 language and region whose conventions dates, numbers, calendars and voices follow. Every other list
 * of languages (the staff console, `?lang=`, the live link, telemetry) is derived from this one.
 */
export const LOCALES = [
  { code: 'sv', name: 'Svenska', dir: 'ltr', tag: 'sv-SE' },
  /** Easy-read Swedish ("lättläst"): short sentences, everyday words, one instruction per sentence. */
  { code: 'sv-easy', name: 'Lättläst svenska', dir: 'ltr', tag: 'sv-SE' },
  { code: 'en', name: 'English', dir: 'ltr', tag: 'en-GB' },
  /**
   * Modern Standard Arabic, as read in Sweden: weeks start on Monday and numbers use the digits printed on the
   * bill and the keypad (0-9), not Arabic-Indic ones.
   */
  { code: 'ar', name: 'العربية', dir: 'rtl', tag: 'ar-SE-u-nu-latn' },
] as const

export type Locale = (typeof LOCALES)[number]['code']
export type LocaleInfo = (typeof LOCALES)[number]

/** The language used when none is chosen. */
export const DEFAULT_LOCALE: Locale = 'sv'

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale.code === value)
}

export function localeInfo(code: Locale): LocaleInfo {
  return LOCALES.find((locale) => locale.code === code) ?? LOCALES[0]
}

/** The language of a locale as an HTML `lang` value or a voice's language: its tag. */
export function languageTag(code: Locale): string {
  return localeInfo(code).tag
}
