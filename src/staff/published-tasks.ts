import { appErrandContext } from '../errands/errands'
import { checkErrandFile, type CheckedErrandFile } from '../errands/errand-file'
import { setAuthoredErrands } from '../errands/errand-registry'
import { publishedErrandsSchema } from '../errands/published-errands'
import type { TaskDefinition } from '../tasks/schema'

/** Options of {@link loadPublishedTasks}. */
export interface PublishedTasksOptions {
  /** Reads `GET /api/errands` (its JSON). */
  fetchPublished: () => Promise<unknown>
  /** Where a file that fails the checks or a failed fetch is reported. @default console.warn */
  warn?: (message: string) => void
}

/**
 * The console's tasks: the built-in ones, then every published errand, registered with its texts
 * (`setAuthoredErrands`), so the statistics, the station cards and the report title an authored errand from its
 * package, in the console's language, as they title a built-in one. A published errand that fails the app's
 * checks, or a server that cannot be reached, leaves the built-in tasks alone: the console still starts.
 */
export async function loadPublishedTasks(
  builtIn: readonly TaskDefinition[],
  { fetchPublished, warn = (message) => console.warn(message) }: PublishedTasksOptions,
): Promise<TaskDefinition[]> {
  let answer: unknown
  try {
    answer = await fetchPublished()
  } catch (error) {
    warn(`the published errands could not be read: ${error instanceof Error ? error.message : String(error)}`)
    return [...builtIn]
  }
  const parsed = publishedErrandsSchema.safeParse(answer)
  if (!parsed.success) {
    warn('the published errands could not be read: not an answer of GET /api/errands')
    return [...builtIn]
  }
  const builtInIds = new Set(builtIn.map((task) => task.id))
  const checked: CheckedErrandFile[] = []
  for (const { id, version, file } of parsed.data.errands) {
    const result = checkErrandFile(file, appErrandContext)
    if (!('checked' in result)) warn(`published errand ${id} (version ${version}) does not pass the checks`)
    else if (!builtInIds.has(result.checked.errand.task.id)) checked.push(result.checked)
  }
  setAuthoredErrands(checked)
  return [...builtIn, ...checked.map(({ errand }) => errand.task)]
}
