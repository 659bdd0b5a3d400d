import { projectPath } from './glob-path'
import type { TaskDefinition } from './schema'
import { validateTaskFiles } from './validate-tasks'

/** Every `<task>.task.ts` file in a scene folder: adding a task needs nothing but its file. */
const taskFiles = import.meta.glob('../../scenes/*/*.task.ts', { eager: true, import: 'default' })

/** Validates every task file; throws a TaskFileError naming the file and field when one is broken. */
export function loadTasks(): TaskDefinition[] {
  return validateTaskFiles(
    Object.fromEntries(Object.entries(taskFiles).map(([path, task]) => [projectPath(path), task])),
  )
}
