import type { DocumentSpec } from '../ui/document/document-schema'
import { errandOf } from './errand-registry'
import type { PracticeData } from './practice-data'

/** The paper a task's visitor reads from, if its errand package has one (checked with the package). */
export function documentOf(taskId: string): DocumentSpec | null {
  return errandOf(taskId)?.document ?? null
}

/** A task's practice data; empty where the task is no errand package. */
export function practiceOf(taskId: string): PracticeData {
  return errandOf(taskId)?.practice ?? { values: {} }
}
