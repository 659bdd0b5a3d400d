import type { SceneInfo } from '../domain/scene-info'
import { loadTasks } from './load-tasks'
import { mistakeCodesOf } from '../tasks/rule-registry'

/** Every id the app can emit, written out: scene ids, and for each task its step ids with their mistake codes. */
export interface CatalogIds {
  scenes: readonly string[]
  tasks: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>
}

// Only the small scene.ts of each folder: its id, not its 3D set.
const sceneInfos = import.meta.glob<SceneInfo>('../../scenes/*/scene.ts', { eager: true, import: 'default' })

/**
 * The ids of every scene and task in `scenes/`, read the way the app reads them (Vite resolves the globs), so
 * the server accepts exactly what a task can emit.
 */
export function appIds(): CatalogIds {
  return {
    scenes: Object.values(sceneInfos).map((info) => info.id),
    tasks: Object.fromEntries(
      loadTasks().map((task) => [
        task.id,
        Object.fromEntries(task.steps.map((step) => [step.id, [...mistakeCodesOf(step.complete)]])),
      ]),
    ),
  }
}
