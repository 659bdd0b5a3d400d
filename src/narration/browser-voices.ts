import { languageTag, type Locale } from '../domain/locales'
import { clipName } from './narrated-texts'
import type { Voice } from './narrator'
import { clipsManifest, CLIPS_PATH } from './voices'

/** The primary language of a BCP 47 tag: `sv` of `sv-SE`. */
function primaryLanguage(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? ''
}

/**
 * The browser's own speech synthesis, when it has a voice for the language (a local one preferred: it works
 * offline). Whether the Quest Browser has Swedish or Arabic voices is unknown, so the clips stand behind it.
 */
export function speechSynthesisVoice(synthesis: SpeechSynthesis | undefined): Voice {
  const voiceFor = (tag: string): SpeechSynthesisVoice | undefined => {
    const voices = synthesis?.getVoices() ?? []
    const matching = voices.filter((voice) => primaryLanguage(voice.lang) === primaryLanguage(tag))
    const local = matching.filter((voice) => voice.localService)
    // A remote voice would send the text to a network service: never.
    return local.find((voice) => voice.lang.toLowerCase() === tag.toLowerCase()) ?? local[0]
  }
  return {
    backend: 'speech-synthesis',
    canSpeak: async (line) => voiceFor(languageTag(line.locale)) !== undefined,
    speak: (line) =>
      new Promise<void>((resolve, reject) => {
        const voice = voiceFor(line.lang)
        if (!synthesis || !voice) return reject(new Error('no voice'))
        const utterance = new SpeechSynthesisUtterance(line.text)
        utterance.voice = voice
        utterance.lang = voice.lang
        utterance.onend = () => resolve()
        utterance.onerror = (event) =>
          event.error === 'interrupted' ? resolve() : reject(new Error(event.error))
        synthesis.speak(utterance)
      }),
    stop: () => synthesis?.cancel(),
  }
}

/** How old a language's list of clips may be before a text without a clip asks for it again. */
const MANIFEST_RECHECK_MS = 5000

/** One language's clips, `{ [clipName]: bytes }`, as the build writes it. */
type ClipManifest = Record<string, number | undefined>

/**
 * The offline eSpeak NG voice: clips made at build time (`scripts/make-narration.mjs`), one per text, fetched
 * from this origin when first needed and played with an audio element. Each language's list of clips is fetched
 * the first time a line in that language is to be read, so a visit fetches only the lists of its languages.
 */
export function espeakClipVoice(
  fetchJson: (url: string) => Promise<unknown> = defaultFetchJson,
  now: () => number = Date.now,
): Voice {
  const manifests = new Map<Locale, { list: Promise<ClipManifest>; at: number }>()
  let audio: HTMLAudioElement | null = null
  const clips = (locale: Locale, fresh = false): Promise<ClipManifest> => {
    let manifest = manifests.get(locale)
    if (!manifest || (fresh && now() - manifest.at > MANIFEST_RECHECK_MS)) {
      const list = fetchJson(clipsManifest(locale))
        .then((value) => value as ClipManifest)
        .catch((): ClipManifest => ({}))
      manifest = { list, at: now() }
      manifests.set(locale, manifest)
    }
    return manifest.list
  }
  return {
    backend: 'espeak-clip',
    // The server makes clips for a published errand's own texts after the page loaded its list: a text without
    // a clip asks for the list again (at most every few seconds).
    canSpeak: async (line) => {
      const clip = clipName(line.text)
      if ((await clips(line.locale))[clip] !== undefined) return true
      return (await clips(line.locale, true))[clip] !== undefined
    },
    speak: (line) =>
      new Promise<void>((resolve, reject) => {
        audio?.pause()
        const element = new Audio(`${CLIPS_PATH}/${line.locale}/${clipName(line.text)}.ogg`)
        audio = element
        element.onended = () => resolve()
        element.onpause = () => resolve()
        element.onerror = () => reject(new Error('clip failed'))
        element.play().catch(reject)
      }),
    stop: () => {
      audio?.pause()
      audio = null
    },
  }
}

async function defaultFetchJson(url: string): Promise<unknown> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.json()
}
