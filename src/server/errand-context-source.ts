import { LOCALES, type Locale } from '../domain/locales'
import type { SceneInfo } from '../domain/scene-info'
import { loadTasks } from '../errands/load-tasks'
import { DICTIONARY } from '../i18n/dictionary'

/**
 * What the server checks an authored errand against, written out as data: every text of the app by locale (the
 * app's, the scenes' and the built-in packages'), and the ids each scene draws itself. With it the server runs
 * `checkErrandFile` with the same code as the app, without Vite.
 */
export interface ErrandContextData {
  texts: Readonly<Record<Locale, Readonly<Record<string, string>>>>
  sceneDraws: Readonly<Record<string, readonly string[]>>
  /** Each built-in task's title, as a text key: exports title tasks with it in every language. */
  taskTitleKeys: Readonly<Record<string, string>>
}

// Only the small scene.ts of each folder: its id and what it draws, not its 3D set.
const sceneInfos = import.meta.glob<SceneInfo>('../../scenes/*/scene.ts', { eager: true, import: 'default' })

/** The context as the app has it; read through Vite (its globs), by the build or under the test runner. */
export function errandContextData(): ErrandContextData {
  return {
    texts: Object.fromEntries(LOCALES.map(({ code }) => [code, DICTIONARY[code]])) as Record<
      Locale,
      Record<string, string>
    >,
    sceneDraws: Object.fromEntries(
      Object.values(sceneInfos).map((info) => [info.id, [...(info.draws ?? [])]]),
    ),
    taskTitleKeys: Object.fromEntries(loadTasks().map((task) => [task.id, task.titleKey])),
  }
}
