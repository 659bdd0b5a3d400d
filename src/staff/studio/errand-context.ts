import type { ErrandContext } from '../../errands/check-errand'
import { DICTIONARY } from '../../i18n/dictionary'

interface SceneDraws {
  id: string
  draws?: readonly string[]
}

// The same scene modules the app checks its packages against (already in the bundle through the errands).
const sceneInfos = import.meta.glob<SceneDraws>('../../../scenes/*/scene.ts', {
  eager: true,
  import: 'default',
})
const sceneDraws = new Map(Object.values(sceneInfos).map((info) => [info.id, info.draws ?? []]))

/** The ids of every scene, for the studio's choice of scene. */
export const SCENE_IDS: readonly string[] = [...sceneDraws.keys()].sort()

/**
 * What the studio checks an errand file against, as the app and the server do: the app's texts, and what each
 * scene draws itself.
 */
export const STUDIO_CONTEXT: ErrandContext = {
  hasText: (locale, key) => DICTIONARY[locale][key],
  sceneDraws: (scene) => sceneDraws.get(scene),
}
