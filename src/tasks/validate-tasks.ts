import type { z } from 'zod'
import { taskSchema, type TaskDefinition } from './schema'

/** A task file that does not match the schema: names the file and every bad field. */
export class TaskFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`)
    this.name = 'TaskFileError'
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) =>
      typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part),
    '',
  )
}

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${fieldPath(issue.path) || '(task)'}: ${issue.message}`)
}

/** Validates one task file's default export. */
export function validateTaskFile(file: string, exported: unknown): TaskDefinition {
  const parsed = taskSchema.safeParse(exported)
  if (!parsed.success) throw new TaskFileError(file, describe(parsed.error))
  return parsed.data
}

/** Validates every task file; task ids must be unique across files. */
export function validateTaskFiles(files: Record<string, unknown>): TaskDefinition[] {
  const tasks: TaskDefinition[] = []
  const owner = new Map<string, string>()
  for (const [file, exported] of Object.entries(files)) {
    const task = validateTaskFile(file, exported)
    const other = owner.get(task.id)
    if (other) throw new TaskFileError(file, [`id: "${task.id}" is already used by ${other}`])
    owner.set(task.id, file)
    tasks.push(task)
  }
  return tasks
}

/** Every text key a task uses, to check that each locale has them all. */
export function textKeysOf(task: TaskDefinition): string[] {
  return [
    task.titleKey,
    task.summaryKey,
    task.completedTextKey,
    ...task.steps.flatMap((step) => [
      step.textKey,
      ...(step.labelKey ? [step.labelKey] : []),
      ...step.hints,
      ...Object.values(step.feedback),
    ]),
  ]
}
