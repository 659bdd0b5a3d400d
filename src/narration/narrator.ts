import { createStore, type StoreApi } from 'zustand/vanilla'
import { languageTag, type Locale } from '../domain/locales'
import { translate } from '../i18n/translate'
import { withoutIsolates } from '../i18n/bidi'
import { spokenText } from './narrated-texts'

/** One text to read aloud. */
export interface NarrationRequest {
  key: string
  locale: Locale
  /**
   * The text as the page shows it, its values filled in (a page's heading or paragraph); the key's own
   * translation when absent. A text the build made a clip of is played from it all the same.
   */
  text?: string
}

/** How a line was (or was not) read aloud: a browser voice, an offline eSpeak NG clip, or the caption alone. */
export type NarrationBackend = 'speech-synthesis' | 'espeak-clip' | 'caption-only'

/** A line read aloud, as tests and tools see it through the automation interface. */
export interface SpokenLine extends NarrationRequest {
  /** What is said. */
  text: string
  /** What the caption shows: the same words, with numbers kept in their printed order in right-to-left text. */
  caption: string
  /** The language it was spoken in, as a BCP 47 tag. */
  lang: string
  backend: NarrationBackend
  /** `speaking` until it ends; `failed` if the voice could not play it (the caption still shows). */
  status: 'speaking' | 'done' | 'failed'
}

/** Something that can read a text aloud in a language. */
export interface Voice {
  backend: Exclude<NarrationBackend, 'caption-only'>
  /** Whether it can read this text in this language now. */
  canSpeak(line: NarrationRequest & { text: string }): Promise<boolean>
  /** Reads the text aloud; resolves when it has finished, rejects if it cannot play. */
  speak(line: NarrationRequest & { text: string; lang: string }): Promise<void>
  stop(): void
}

/** What is being said now, for captions: slow state, changed once per line. */
export interface NarrationState {
  /** The line on show as a caption: while it is read, and a moment after. */
  caption: SpokenLine | null
}

export interface Narrator {
  state: StoreApi<NarrationState>
  /** Reads lines one after the other, replacing whatever was being read. */
  say(lines: readonly NarrationRequest[]): void
  /** Stops reading and clears the caption. */
  stop(): void
  /** Every line read so far in this page, oldest first (the last 50). */
  log(): readonly SpokenLine[]
}

/** A caption stays this long after its line ends, so the last words can be read. */
const CAPTION_LINGER_MS = 2500
/** Without a voice, a caption stays as long as reading it takes: about this long per character, at least 3 s. */
const READING_MS_PER_CHAR = 70
const LOG_LIMIT = 50

/**
 * Reads step texts, hints and feedback aloud with the first voice that can (the browser's own, then the offline
 * clips), and always shows what it reads as a caption. Plain TypeScript: the app wires it to the store.
 */
export function createNarrator(
  voices: readonly Voice[],
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): Narrator {
  const state = createStore<NarrationState>()(() => ({ caption: null }))
  const spoken: SpokenLine[] = []
  let run = 0
  let linger: ReturnType<typeof setTimeout> | null = null
  let speaking: Voice | null = null

  const clearLinger = () => {
    if (linger !== null) timers.clearTimeout(linger)
    linger = null
  }

  const hold = (ms: number, current: number) =>
    new Promise<void>((resolve) => {
      clearLinger()
      linger = timers.setTimeout(() => {
        linger = null
        if (current === run) resolve()
      }, ms)
    })

  async function sayOne(request: NarrationRequest, current: number): Promise<void> {
    const text =
      request.text === undefined ? spokenText(request.locale, request.key) : withoutIsolates(request.text)
    const line: SpokenLine = {
      ...request,
      text,
      caption: request.text ?? translate(request.locale, request.key),
      lang: languageTag(request.locale),
      backend: 'caption-only',
      status: 'speaking',
    }
    let voice: Voice | null = null
    for (const candidate of voices) {
      if (await candidate.canSpeak(line)) {
        voice = candidate
        break
      }
    }
    if (current !== run) return
    line.backend = voice?.backend ?? 'caption-only'
    spoken.push(line)
    if (spoken.length > LOG_LIMIT) spoken.shift()
    clearLinger()
    state.setState({ caption: line })
    if (voice) {
      speaking = voice
      try {
        await voice.speak(line)
        line.status = 'done'
      } catch {
        line.status = 'failed'
        await hold(Math.max(3000, text.length * READING_MS_PER_CHAR), current)
      }
      if (speaking === voice) speaking = null
    } else {
      await hold(Math.max(3000, text.length * READING_MS_PER_CHAR), current)
      line.status = 'done'
    }
  }

  const stop = () => {
    run++
    clearLinger()
    speaking?.stop()
    speaking = null
    state.setState({ caption: null })
  }

  return {
    state,
    say(lines) {
      stop()
      const current = run
      void (async () => {
        for (const line of lines) {
          if (current !== run) return
          await sayOne(line, current)
        }
        if (current !== run) return
        await hold(CAPTION_LINGER_MS, current)
        if (current === run) state.setState({ caption: null })
      })()
    },
    stop,
    log: () => spoken,
  }
}
