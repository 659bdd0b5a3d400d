import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { LOCALES, type Locale } from '../../domain/locales'
import type { CheckedErrandFile } from '../../errands/errand-file'
import { withoutIsolates } from '../../i18n/bidi'
import { clipName, narratedKeys } from '../../narration/narrated-texts'
import { ESPEAK_VOICES } from '../../narration/voices'

const run = promisify(execFile)

/** Where the server keeps the clips it makes, inside the data folder: `narration/<locale>/<clip>.ogg`. */
export const AUTHORED_CLIPS_DIR = 'narration'

/** Where the clip maker reports a tool that is missing or a clip that failed. */
export interface ClipLog {
  warn(details: object, message: string): void
  info(details: object, message: string): void
}

/** Options of {@link createClipMaker}. */
export interface ClipMakerOptions {
  /** The folder the clips go into (`<dataDir>/narration`). */
  dir: string
  /** The built app, whose own clips (`<staticDir>/narration/<locale>/`) are not made again. */
  staticDir: string | null
  log: ClipLog
}

/** One line to speak: a text in a language and the name of its clip. */
interface Line {
  locale: Locale
  text: string
  clip: string
}

/** Makes eSpeak NG clips for published errands' texts, as the build does for the built-in ones. */
export interface ClipMaker {
  /** The folder the clips go into. */
  dir: string
  /** Makes the clips these errands lack, one after another, in the background; resolves with how many it made. */
  make(errands: readonly CheckedErrandFile[]): Promise<number>
  /** The clip files there are for a language (made here), with their sizes: `{ [clipName]: bytes }`. */
  clips(locale: Locale): Promise<Record<string, number>>
}

/**
 * Every line of an errand's own texts that can be read aloud, in every language, named by the hash of its text
 * exactly as the app names the clip it looks for (`clipName` of the spoken text).
 */
export function errandLines(checked: CheckedErrandFile): Line[] {
  const keys = narratedKeys([checked.errand.task])
  return LOCALES.flatMap(({ code }) =>
    keys.flatMap((key) => {
      // The app's own texts have the build's clips already: only the errand's own texts are new.
      const own = checked.texts[code]
      const raw = Object.hasOwn(own, key) ? own[key] : undefined
      if (raw === undefined) return []
      const text = withoutIsolates(raw)
      return [{ locale: code, text, clip: clipName(text) }]
    }),
  )
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** See {@link ClipMaker}. Without `espeak-ng` and `opusenc` it makes nothing and says so once. */
export function createClipMaker(options: ClipMakerOptions): ClipMaker {
  const { dir, staticDir, log } = options
  let queue: Promise<number> = Promise.resolve(0)
  let toolsMissing = false

  async function makeLine(line: Line, scratch: string): Promise<boolean> {
    const target = join(dir, line.locale, `${line.clip}.ogg`)
    const built = staticDir === null ? null : join(staticDir, 'narration', line.locale, `${line.clip}.ogg`)
    if ((await exists(target)) || (built !== null && (await exists(built)))) return false
    await mkdir(join(dir, line.locale), { recursive: true })
    const wav = join(scratch, 'line.wav')
    const partial = join(scratch, 'line.ogg')
    // The text from a file: a text written by staff is never read as one of eSpeak's options.
    const text = join(scratch, 'line.txt')
    await writeFile(text, line.text)
    const voice = ESPEAK_VOICES[line.locale]
    await run('espeak-ng', ['-v', voice.voice, '-s', String(voice.wordsPerMinute), '-w', wav, '-f', text])
    await run('opusenc', ['--quiet', '--speech', '--bitrate', '20', wav, partial])
    // Whole or not at all: a clip the app finds is always complete.
    await rename(partial, target)
    return true
  }

  async function makeAll(errands: readonly CheckedErrandFile[]): Promise<number> {
    if (toolsMissing) return 0
    const scratch = await mkdtemp(join(tmpdir(), 'digidel-clips-'))
    let made = 0
    try {
      for (const line of errands.flatMap((errand) => errandLines(errand))) {
        if (await makeLine(line, scratch)) made++
      }
    } catch (error) {
      const missing =
        typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
      if (missing) toolsMissing = true
      log.warn(
        { err: error },
        missing
          ? 'no eSpeak NG or opusenc here: authored texts are read only by browsers with a voice'
          : 'a narration clip could not be made',
      )
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
    if (made > 0) log.info({ made }, 'narration clips made for published errands')
    return made
  }

  return {
    dir,
    make(errands) {
      queue = queue.then(() => makeAll(errands))
      return queue
    },
    async clips(locale) {
      const folder = join(dir, locale)
      const names = await readdir(folder).catch(() => [] as string[])
      const sizes: Record<string, number> = {}
      for (const name of names) {
        if (!name.endsWith('.ogg')) continue
        sizes[name.slice(0, -'.ogg'.length)] = (await stat(join(folder, name))).size
      }
      return sizes
    },
  }
}

/** The build's list of a language's clips, or none. */
export async function builtClips(staticDir: string | null, locale: Locale): Promise<Record<string, number>> {
  if (staticDir === null) return {}
  try {
    return JSON.parse(
      await readFile(join(staticDir, 'narration', locale, 'manifest.json'), 'utf8'),
    ) as Record<string, number>
  } catch {
    return {}
  }
}
