import type { Locale } from '../domain/locales'

/**
 * The offline voice of each language: an eSpeak NG voice and its speed in words per minute, used at build time
 * to make the clips. Easy-read Swedish is read more slowly. eSpeak reads Arabic without vowel marks roughly but
 * understandably; a browser voice is used instead wherever the browser has one.
 */
export const ESPEAK_VOICES: Readonly<Record<Locale, { voice: string; wordsPerMinute: number }>> = {
  sv: { voice: 'sv', wordsPerMinute: 150 },
  'sv-easy': { voice: 'sv', wordsPerMinute: 125 },
  en: { voice: 'en-gb', wordsPerMinute: 150 },
  ar: { voice: 'ar', wordsPerMinute: 140 },
}

/** Where the build puts the clips and their list, under the site's root. */
export const CLIPS_PATH = '/narration'
/** The list of the clips the build made for one language, beside them: `{ [clipName]: bytes }`. */
export function clipsManifest(locale: Locale): string {
  return `${CLIPS_PATH}/${locale}/manifest.json`
}
