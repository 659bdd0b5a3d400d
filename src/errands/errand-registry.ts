import type { ErrandPackage } from './check-errand'
import { loadErrands } from './errands'

let loaded: readonly ErrandPackage[] | undefined

/** Every errand package in `scenes/`, checked once, on first use. */
export function errands(): readonly ErrandPackage[] {
  loaded ??= loadErrands()
  return loaded
}

/** The errand package of a task, if the task is one. */
export function errandOf(taskId: string | null | undefined): ErrandPackage | undefined {
  return taskId == null ? undefined : errands().find((errand) => errand.task.id === taskId)
}
