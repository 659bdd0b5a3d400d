import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { TelemetryEvent } from '../telemetry/event-schema'
import { telemetryIdSchema } from '../telemetry/telemetry-id'
import type { CatalogIds } from '../tasks/id-catalog'

export type { CatalogIds } from '../tasks/id-catalog'

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
let loaded: Promise<Catalog> | null = null

/**
 * The app's own catalog, read once per process from `scenes/` by the app's own code, so a new scene or task is
 * known to the server without any other change. That code finds task files with Vite's `import.meta.glob`:
 * under Vite (tests) it is imported directly; under plain Node (`tsx`, the server) a short-lived process reads
 * it through Vite's module runner (about a second at start).
 */
export function loadCatalog(): Promise<Catalog> {
  loaded ??= readAppIds()
    .then(catalogFromIds)
    .catch((error: unknown) => {
      loaded = null
      throw error
    })
  return loaded
}

async function readAppIds(): Promise<CatalogIds> {
  try {
    const { appIds } = await import('../tasks/id-catalog')
    return appIds()
  } catch {
    // Not under Vite: import.meta.glob does not exist here.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', PRINT_APP_IDS], {
      cwd: PROJECT_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    })
    return JSON.parse(stdout) as CatalogIds
  }
}

/**
 * Why an event names something the app does not have, e.g. `events[2].step: not a step of task "pay-bill"`,
 * or null when every id is known.
 */
export function catalogProblem(where: string, event: TelemetryEvent, catalog: Catalog): string | null {
  if (!catalog.scenes.has(event.scene)) return `${where}.scene: not a scene of this app`
  if (event.task === null) {
    return event.step === null ? null : `${where}.step: a step needs a task`
  }
  const steps = catalog.tasks.get(event.task)
  if (steps === undefined) return `${where}.task: not a task of this app`
  if (event.step === null) return null
  const codes = steps.get(event.step)
  if (codes === undefined) return `${where}.step: not a step of task "${event.task}"`
  if (event.type === 'mistake' && !codes.has(event.payload.code)) {
    return `${where}.payload.code: not a mistake that step "${event.step}" can report`
  }
  return null
}
