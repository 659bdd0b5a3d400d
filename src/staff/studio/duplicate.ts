import { LOCALES, type Locale } from '../../domain/locales'
import type { ErrandFile } from '../../errands/errand-file'
import { TELEMETRY_ID_PATTERN } from '../../telemetry/telemetry-id'
import { setAt } from './json-path'
import { errandTextKeys } from './text-keys'

/** A text in a locale from the app's texts, or undefined. */
export type AppText = (locale: Locale, key: string) => string | boolean | undefined

/** The task id an errand file names, or '' when it names none. */
export function taskIdOf(file: Pick<ErrandFile, 'files'>): string {
  const task = file.files['task.json']
  return typeof task === 'object' && task !== null && 'id' in task && typeof task.id === 'string'
    ? task.id
    : ''
}

/** The key under a new task id: `<new id>.<key>`, the old id's own prefix dropped so copies never nest. */
export function keyUnder(taskId: string, oldTaskId: string, key: string): string {
  const bare = oldTaskId !== '' && key.startsWith(`${oldTaskId}.`) ? key.slice(oldTaskId.length + 1) : key
  return `${taskId}.${bare}`
}

/** A task id not yet taken: `<base>-copy`, then `-copy-2`, … */
export function freshTaskId(base: string, taken: ReadonlySet<string>): string {
  const stem = `${base.replace(/-copy(-\d+)?$/, '')}-copy`.slice(0, 58)
  if (!taken.has(stem)) return stem
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`
}

/**
 * The errand under another task id, with every text it names copied into its own texts under `<id>.`, so the
 * copy stands on its own: `checkErrandFile` accepts only own texts under the task id, and editing a text of the
 * copy never changes the original's. Texts come from the file's own texts first, then the app's; a text missing
 * in a language stays missing (and is flagged). Used for "Duplicate" and for renaming a draft's id.
 */
export function withTaskId(source: ErrandFile, taskId: string, appText: AppText): ErrandFile {
  if (!TELEMETRY_ID_PATTERN.test(taskId)) throw new Error(`"${taskId}" is no task id`)
  const oldId = taskIdOf(source)
  let files = setAt(source.files, ['task.json', 'id'], taskId)
  const texts = Object.fromEntries(LOCALES.map(({ code }) => [code, {} as Record<string, string>])) as Record<
    Locale,
    Record<string, string>
  >
  for (const { file, path, key } of errandTextKeys(source.files)) {
    const renamed = keyUnder(taskId, oldId, key)
    files = setAt(files, [file, ...path], renamed)
    for (const { code } of LOCALES) {
      const text = source.texts[code][key] ?? appText(code, key)
      if (typeof text === 'string') texts[code][renamed] = text
    }
  }
  return { ...source, files, texts }
}
