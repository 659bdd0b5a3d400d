import { errands } from './errand-registry'
import { projectPath } from '../tasks/glob-path'
import type { TaskDefinition } from '../tasks/schema'
import { validateTaskFiles } from '../tasks/validate-tasks'

/** Every `<task>.task.ts` file in a scene folder: a task with no terminal pages needs nothing but its file. */
const taskFiles = import.meta.glob('../../scenes/*/*.task.ts', { eager: true, import: 'default' })

/**
 * Every task: the task files, and the task of every errand package (already checked with its pages), in the
 * order of their paths. Throws an error naming the file and field when one is broken.
 */
export function loadTasks(): TaskDefinition[] {
  const files: Record<string, unknown> = Object.fromEntries(
    Object.entries(taskFiles).map(([path, task]) => [projectPath(path), task]),
  )
  for (const errand of errands()) files[`${errand.folder}/task.json`] = errand.task
  const sorted = Object.keys(files).sort()
  return validateTaskFiles(Object.fromEntries(sorted.map((file) => [file, files[file]])))
}
