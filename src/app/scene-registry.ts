import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import type { Mode } from '../domain/visit-options'
import type { TaskDefinition } from '../tasks/schema'
import type { SceneInfo } from '../domain/scene-info'

/** Every scene folder's `scene.ts` (small, loaded now) and `set.tsx` (its 3D set, loaded when entered). */
const infos = import.meta.glob<SceneInfo>('../../scenes/*/scene.ts', { eager: true, import: 'default' })
const sets = import.meta.glob<{ default: ComponentType }>('../../scenes/*/set.tsx')

export interface RegisteredScene {
  info: SceneInfo
  Set: LazyExoticComponent<ComponentType>
}

function folderOf(path: string): string {
  return path.split('/').at(-2) ?? path
}

const scenes = new Map<string, RegisteredScene>()
for (const [path, info] of Object.entries(infos)) {
  const loadSet = sets[path.replace(/scene\.ts$/, 'set.tsx')]
  if (!loadSet) throw new Error(`scenes/${folderOf(path)}: scene.ts has no set.tsx beside it`)
  if (info.id !== folderOf(path))
    throw new Error(`scenes/${folderOf(path)}/scene.ts: id "${info.id}" must match its folder`)
  scenes.set(info.id, { info, Set: lazy(loadSet) })
}

/** The scene with this id; throws for an unknown one, which is a programming error. */
export function sceneById(id: string): RegisteredScene {
  const scene = scenes.get(id)
  if (!scene) throw new Error(`unknown scene "${id}"`)
  return scene
}

/**
 * The tasks the lobby lists for a visitor in this mode: the first-steps lessons first, then the rest in the order
 * the task files come.
 */
export function lobbyTasks(tasks: readonly TaskDefinition[], mode: Mode): TaskDefinition[] {
  const listed = tasks.filter((task) => task.modes.includes(mode))
  return [...listed.filter(isFirstSteps), ...listed.filter((task) => !isFirstSteps(task))]
}

/** The first-steps lesson for this mode, if there is one. */
export function firstStepsTask(tasks: readonly TaskDefinition[], mode: Mode): TaskDefinition | undefined {
  return tasks.find((task) => isFirstSteps(task) && task.modes.includes(mode))
}

function isFirstSteps(task: TaskDefinition): boolean {
  return scenes.get(task.scene)?.info.firstSteps === true
}
