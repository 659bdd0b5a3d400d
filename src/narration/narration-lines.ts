import { LOCALES, type Locale } from '../domain/locales'
import { loadTasks } from '../errands/load-tasks'
import { installAllTexts } from '../i18n/dictionary'
import { clipName, narratedKeys, spokenText } from './narrated-texts'
import { ESPEAK_VOICES } from './voices'

/** One clip the build makes. */
export interface NarrationLine {
  locale: Locale
  key: string
  text: string
  clip: string
  voice: string
  wordsPerMinute: number
}

/** Every text that can be read aloud, in every language: what `scripts/make-narration.mjs` turns into clips. */
export function narrationLines(): NarrationLine[] {
  installAllTexts()
  const keys = narratedKeys(loadTasks())
  return LOCALES.flatMap(({ code }) =>
    keys.map((key) => {
      const text = spokenText(code, key)
      return { locale: code, key, text, clip: clipName(text), ...ESPEAK_VOICES[code] }
    }),
  )
}
