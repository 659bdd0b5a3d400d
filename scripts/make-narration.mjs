// Makes the offline narration: one Ogg Opus clip per text that can be read aloud, in every language, spoken by
// Debian's eSpeak NG and compressed by opusenc (packages espeak-ng and opus-tools). Clips are named by a hash of
// their text, so only new or changed texts are synthesised again. Nothing here runs in the visitor's browser:
// the app plays the clips when the browser has no voice of its own for the language.
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { promisify } from 'node:util'
import { join } from 'node:path'
import { runnerImport } from 'vite'

const root = join(import.meta.dirname, '..')
const target = join(root, 'public', 'narration')
/** The list of a language's clips, `{ [clipName]: bytes }`, as src/narration/voices.ts names it. */
const MANIFEST = 'manifest.json'

for (const tool of ['espeak-ng', 'opusenc']) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
  } catch {
    console.error(
      `make-narration: "${tool}" is missing; install the Debian packages espeak-ng and opus-tools`,
    )
    process.exit(1)
  }
}

// The lines come from the task files and locale files through Vite, which resolves their import.meta.glob.
const { module } = await runnerImport(join(root, 'src/narration/narration-lines.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
})
const lines = module.narrationLines()
const scratch = mkdtempSync(join(tmpdir(), 'narration-'))
const run = promisify(execFile)
const manifest = {}
const clips = lines.map((line) => ({ line, file: join(target, line.locale, `${line.clip}.ogg`) }))
for (const locale of new Set(lines.map((line) => line.locale)))
  mkdirSync(join(target, locale), { recursive: true })
const missing = clips.filter(({ file }) => !existsSync(file))
// Each clip is two short processes; several at once keep every core busy (a fresh clone makes hundreds).
let next = 0
async function worker(slot) {
  const wav = join(scratch, `line-${slot}.wav`)
  while (next < missing.length) {
    const { line, file } = missing[next++]
    await run('espeak-ng', ['-v', line.voice, '-s', String(line.wordsPerMinute), '-w', wav, line.text])
    await run('opusenc', ['--quiet', '--speech', '--bitrate', '20', wav, file])
  }
}
await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, (_, slot) => worker(slot)))
const made = missing.length
for (const { line, file } of clips) (manifest[line.locale] ??= {})[line.clip] = statSync(file).size
rmSync(scratch, { recursive: true, force: true })

// Clips of texts that changed or went away are removed, so the build ships only what can be played.
for (const locale of readdirSync(target)) {
  const folder = join(target, locale)
  if (!statSync(folder).isDirectory()) continue
  for (const name of readdirSync(folder)) {
    if (name !== MANIFEST && !manifest[locale]?.[name.replace(/\.ogg$/, '')]) rmSync(join(folder, name))
  }
}
// One list per language, beside its clips: a visitor's page fetches only the list of the language in use.
for (const [locale, list] of Object.entries(manifest))
  writeFileSync(join(target, locale, MANIFEST), JSON.stringify(list))
rmSync(join(target, MANIFEST), { force: true })
const sizes = Object.entries(manifest)
  .map(([locale, clips]) => {
    const bytes = Object.values(clips).reduce((sum, size) => sum + size, 0)
    return `${locale} ${Object.keys(clips).length} clips ${(bytes / 1024).toFixed(0)} KiB`
  })
  .join(', ')
console.log(`narration: ${made} new clips; ${sizes}`)
