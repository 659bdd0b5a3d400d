import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { SceneInfo } from '../app/scene-info'
import type { TelemetryEvent } from '../telemetry/event-schema'
import { telemetryIdSchema } from '../telemetry/telemetry-id'
import { mistakeCodesOf, type TaskDefinition } from '../tasks/schema'
import { validateTaskFiles } from '../tasks/validate-tasks'

/**
 * Every id the app can emit: its scenes, tasks, their steps and each step's mistake codes. Ingest takes only
 * these, so a well-formed id that no task has (say `anna-andersson`) cannot get in either.
 */
export interface Catalog {
  scenes: ReadonlySet<string>
  /** Task id → its step ids → each step's mistake codes. */
  tasks: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>
}

/** A catalog written out: scene ids, and for each task id its step ids with their mistake codes. */
export interface CatalogIds {
  scenes: readonly string[]
  tasks: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>
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

/** The catalog of these scenes and tasks. */
export function catalogOf(sceneIds: readonly string[], tasks: readonly TaskDefinition[]): Catalog {
  return catalogFromIds({
    scenes: sceneIds,
    tasks: Object.fromEntries(
      tasks.map((task) => [
        task.id,
        Object.fromEntries(task.steps.map((step) => [step.id, mistakeCodesOf(step.complete)])),
      ]),
    ),
  })
}

const SCENES_DIR = join(import.meta.dirname, '..', '..', 'scenes')
let loaded: Promise<Catalog> | null = null

/**
 * Reads the catalog from `scenes/` once per process: each folder's `scene.ts` and `*.task.ts`, validated as
 * the app validates them. A new scene or task is known to the server without any other change.
 */
export function loadCatalog(): Promise<Catalog> {
  loaded ??= readCatalog(SCENES_DIR).catch((error: unknown) => {
    loaded = null
    throw error
  })
  return loaded
}

async function readCatalog(dir: string): Promise<Catalog> {
  const folders = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory())
  const sceneIds: string[] = []
  const taskFiles: Record<string, unknown> = {}
  for (const folder of folders) {
    const files = await readdir(join(dir, folder.name))
    if (files.includes('scene.ts')) {
      const info = await importDefault<SceneInfo>(join(dir, folder.name, 'scene.ts'))
      sceneIds.push(info.id)
    }
    for (const file of files.filter((name) => name.endsWith('.task.ts'))) {
      taskFiles[`scenes/${folder.name}/${file}`] = await importDefault(join(dir, folder.name, file))
    }
  }
  return catalogOf(sceneIds, validateTaskFiles(taskFiles))
}

async function importDefault<T>(file: string): Promise<T> {
  const module = (await import(pathToFileURL(file).href)) as { default: T }
  return module.default
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
