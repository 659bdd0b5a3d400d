import type { Locale } from '../domain/locales'
import type { TextKey, Translator } from './text-key'
import { translate, type TextParams } from './translate'

/** A text lookup in one locale: keys written in code are checked against the locale files, data keys at load. */
export function translatorFor(locale: Locale): Translator {
  return Object.assign((key: TextKey, params?: TextParams) => translate(locale, key, params), {
    data: (key: string, params?: TextParams) => translate(locale, key, params),
  })
}
