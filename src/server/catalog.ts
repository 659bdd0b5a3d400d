import { execFile } from 'node:child_process'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { z } from 'zod'
import type { TelemetryEvent } from '../telemetry/event-schema'
import { telemetryIdSchema } from '../telemetry/telemetry-id'
import type { CatalogIds } from '../errands/id-catalog'

export type { CatalogIds } from '../errands/id-catalog'

/**
 * Every id the app can emit: its scenes, tasks, their steps and each step's mistake codes. Ingest takes only
 * these, so a well-formed id that no task has (say `anna-andersson`) cannot get in either.
 */
export interface Catalog {
  scenes: ReadonlySet<string>
  /** Task id → its step ids → each step's mistake codes. */
  tasks: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>
}

/** The catalog of these ids; each must be a telemetry id. */
export function catalogFromIds(ids: CatalogIds): Catalog {
  const checked = (id: string) => telemetryIdSchema.parse(id)
  return {
    scenes: new Set(ids.scenes.map(checked)),
    tasks: new Map(
      Object.entries(ids.tasks).map(([task, steps]) => [
        checked(task),
        new Map(Object.entries(steps).map(([step, codes]) => [checked(step), new Set(codes.map(checked))])),
      ]),
    ),
  }
}

const PRINT_APP_IDS = fileURLToPath(new URL('./print-app-ids.ts', import.meta.url))
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The file the build writes into the built app's folder: the ids of the app it built. */
export const APP_IDS_FILE = 'app-ids.json'

const catalogIdsSchema = z.strictObject({
  scenes: z.array(z.string()),
  tasks: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
}) satisfies z.ZodType<CatalogIds>

const loaded = new Map<string | null, Promise<Catalog>>()

/**
 * The app's own catalog, read once per process, so a new scene or task is known to the server without any other
 * change. From the fastest source there is:
 * 1. the ids the build wrote beside the built app (`<staticDir>/app-ids.json`): the ids of the very app served;
 * 2. under Vite (tests), the app's own code, imported directly (it finds task files with `import.meta.glob`);
 * 3. else, with no build, a short-lived process that reads that code through Vite's module runner (about 1.5 s).
 * @param staticDir the built app's folder, if any
 */
export function loadCatalog(staticDir: string | null = null): Promise<Catalog> {
  let catalog = loaded.get(staticDir)
  if (catalog === undefined) {
    catalog = readAppIds(staticDir)
      .then(catalogFromIds)
      .catch((error: unknown) => {
        loaded.delete(staticDir)
        throw error
      })
    loaded.set(staticDir, catalog)
  }
  return catalog
}

/** Where the ids come from: the scenes, the task engine's rules (their mistake codes) and the errand loader. */
const ID_SOURCES = ['scenes', 'src/tasks', 'src/errands']

/** The newest modification time of any file under the folders, in ms. */
async function newestChange(root: string, folders: readonly string[]): Promise<number> {
  let newest = 0
  for (const folder of folders) {
    const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true })
    for (const entry of entries) {
      if (!entry.isFile()) continue
      newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs)
    }
  }
  return newest
}

/** A file the build writes beside the built app, read back at start. */
export interface BuiltFile<T> {
  /** Its name in the built app's folder. */
  name: string
  /** Its shape; a file that does not have it is an error. */
  schema: z.ZodType<T>
  /** What it is, for the error: `a list of the app's ids`. */
  what: string
  /** The source folders it is made from: a file older than any of them is stale. */
  sources: readonly string[]
}

/**
 * A file the build wrote into `staticDir`, or null when it wrote none there, or when a source it is made from has
 * changed since (a developer serving the API beside Vite's dev server, with an older build in `dist`).
 * @param sourceRoot where `scenes/` and `src/` are, to tell a stale file; null trusts the file as it is
 */
export async function readBuiltFile<T>(
  staticDir: string,
  file: BuiltFile<T>,
  sourceRoot: string | null = PROJECT_ROOT,
): Promise<T | null> {
  const path = join(staticDir, file.name)
  let text: string
  let writtenAt: number
  try {
    text = await readFile(path, 'utf8')
    writtenAt = (await stat(path)).mtimeMs
  } catch {
    return null
  }
  // Without the sources (an installed copy of the built app alone) the file is all there is.
  const changedAt = sourceRoot === null ? 0 : await newestChange(sourceRoot, file.sources).catch(() => 0)
  if (changedAt > writtenAt) return null
  const parsed = file.schema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`${path}: not ${file.what}`)
  return parsed.data
}

/**
 * Runs `print-app-ids.ts` in a process of its own (Vite's module runner reads the app's globs there) and returns
 * what it prints: the ids, or with `--context` the errand check context.
 */
export async function printFromApp(args: readonly string[] = []): Promise<unknown> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', PRINT_APP_IDS, ...args],
    {
      cwd: PROJECT_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return JSON.parse(stdout)
}

const APP_IDS: BuiltFile<CatalogIds> = {
  name: APP_IDS_FILE,
  schema: catalogIdsSchema,
  what: "a list of the app's ids",
  sources: ID_SOURCES,
}

/**
 * The ids the build wrote into `staticDir`, or null when it wrote none there or they are stale (see
 * {@link readBuiltFile}).
 */
export function readBuiltAppIds(
  staticDir: string,
  sourceRoot: string | null = PROJECT_ROOT,
): Promise<CatalogIds | null> {
  return readBuiltFile(staticDir, APP_IDS, sourceRoot)
}

async function readAppIds(staticDir: string | null): Promise<CatalogIds> {
  const built = staticDir === null ? null : await readBuiltAppIds(staticDir)
  if (built !== null) return built
  try {
    const { appIds } = await import('../errands/id-catalog')
    return appIds()
  } catch {
    // Not under Vite: import.meta.glob does not exist here.
    return catalogIdsSchema.parse(await printFromApp())
  }
}

/**
 * Why an event names something the app does not have, e.g. `events[2].step: not a step of task "pay-bill"`,
 * or null when every id is known.
 */
export function catalogProblem(where: string, event: TelemetryEvent, catalog: Catalog): string | null {
  if (!catalog.scenes.has(event.scene)) return `${where}.scene: not a scene of this app`
  if (event.task === null) {
    if (
      event.type === 'confidence_rated' ||
      event.type === 'feedback_given' ||
      event.type === 'practice_wished'
    ) {
      return `${where}.task: required: the answer is about a task`
    }
    return event.step === null ? null : `${where}.step: a step needs a task`
  }
  const steps = catalog.tasks.get(event.task)
  if (steps === undefined) return `${where}.task: not a task of this app`
  if (event.type === 'feedback_given') {
    const index = event.payload.hardest.findIndex((step) => !steps.has(step))
    if (index >= 0) return `${where}.payload.hardest[${index}]: not a step of task "${event.task}"`
  }
  if (event.step === null) return null
  const codes = steps.get(event.step)
  if (codes === undefined) return `${where}.step: not a step of task "${event.task}"`
  if (event.type === 'mistake' && !codes.has(event.payload.code)) {
    return `${where}.payload.code: not a mistake that step "${event.step}" can report`
  }
  return null
}
