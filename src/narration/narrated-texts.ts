import { withoutIsolates } from '../i18n/bidi'
import type { Locale } from '../domain/locales'
import { translate } from '../i18n/translate'
import type { AppState } from '../state/app-store'
import type { TaskDefinition } from '../tasks/schema'
import type { ErrandPackage } from '../errands/check-errand'
import { blockText } from '../errands/page-text'
import { LOCALES } from '../domain/locales'

/** Texts the app itself reads aloud, besides the tasks' own. */
const APP_NARRATED_KEYS = ['task.waiting-for-staff'] as const

/**
 * Every text key that can be read aloud: each task's step texts, hints, feedback and completion text, and the
 * app's own. The build makes an offline voice clip for each of them in every language.
 */
export function narratedKeys(tasks: readonly TaskDefinition[]): string[] {
  const keys = tasks.flatMap((task) => [
    ...task.steps.flatMap((step) => [step.textKey, ...step.hints, ...Object.values(step.feedback)]),
    task.completedTextKey,
  ])
  return [...new Set([...keys, ...APP_NARRATED_KEYS])]
}

/**
 * The texts of the errands' pages that read the same on every visit: each given as a plain text key with no
 * placeholder in any language. The build makes clips of them too; a page text with values filled in (a reference
 * number, a date) is read by the browser's voice, or shown as a caption.
 */
export function pageTextKeys(packages: readonly ErrandPackage[]): string[] {
  const keys = packages.flatMap((errand) =>
    Object.values(errand.pages).flatMap((page) =>
      page.blocks.flatMap((block) =>
        blockText(block, true).filter((value): value is string => typeof value === 'string'),
      ),
    ),
  )
  return [...new Set(keys)].filter((key) => LOCALES.every(({ code }) => !translate(code, key).includes('{')))
}

/** A text as it is spoken: translated, without the invisible bidi isolates. */
export function spokenText(locale: Locale, key: string): string {
  return withoutIsolates(translate(locale, key))
}

/** The key of what the visitor is asked to do now: the step, the wait for staff, or the task's end; null outside a task. */
export function stepTextKey(state: AppState): string | null {
  const task = state.taskDefinition()
  const run = state.run
  if (!task || !run) return null
  if (run.status === 'completed') return task.completedTextKey
  if (run.status !== 'running') return null
  if (run.waitingForStaff) return 'task.waiting-for-staff'
  return task.steps[run.stepIndex]?.textKey ?? null
}

/**
 * A short, stable name for a spoken text: the file name of its clip. Both the build (in Node) and the app (in
 * the browser) compute it from the text, so a changed translation gets a new clip and an unchanged one is kept.
 */
export function clipName(text: string): string {
  // cyrb53: a fast 53-bit string hash, plenty for a few thousand texts.
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
