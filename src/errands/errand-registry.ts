import { addErrandTexts, removeErrandTexts } from '../i18n/text-store'
import type { ErrandPackage } from './check-errand'
import type { CheckedErrandFile } from './errand-file'
import { loadErrands } from './errands'

let builtIn: readonly ErrandPackage[] | undefined
let authored: readonly ErrandPackage[] = []
const listeners = new Set<() => void>()

/** Every errand: the packages in `scenes/` (checked once, on first use), then the authored ones registered here. */
export function errands(): readonly ErrandPackage[] {
  builtIn ??= loadErrands()
  return authored.length === 0 ? builtIn : [...builtIn, ...authored]
}

/** The errand package of a task, if the task is one. */
export function errandOf(taskId: string | null | undefined): ErrandPackage | undefined {
  return taskId == null ? undefined : errands().find((errand) => errand.task.id === taskId)
}

/**
 * Replaces the authored errands (published ones, or a preview), already checked with `checkErrandFile`, and
 * their texts; an authored errand whose task id is a built-in one is left out, so it can never replace it.
 */
export function setAuthoredErrands(checked: readonly CheckedErrandFile[]): void {
  const builtInIds = new Set((builtIn ??= loadErrands()).map((errand) => errand.task.id))
  const accepted = checked.filter(({ errand }) => !builtInIds.has(errand.task.id))
  for (const errand of authored) removeErrandTexts(errand.task.id)
  for (const { errand, texts } of accepted) addErrandTexts(errand.task.id, texts)
  authored = accepted.map(({ errand }) => errand)
  for (const listener of listeners) listener()
}

/** Calls the listener when the authored errands change; returns the unsubscribe. */
export function subscribeErrands(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
