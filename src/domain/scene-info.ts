import type { Vec3 } from './vec3'

/** What the app needs to know about a scene before its 3D set is loaded. */
export interface SceneInfo {
  id: string
  titleKey: string
  /** Where the desktop camera stands and looks, in metres. */
  desktopView: { position: Vec3; target: Vec3; fov: number }
  /** Where the floating step instructions hang, if the scene runs tasks. */
  stepPanel?: { position: Vec3; rotation: Vec3 }
  /** Background and fog colour. */
  skyColor: string
  /** Where newcomers learn the basics: its tasks come first in the lobby and are offered on entering VR. */
  firstSteps?: boolean
  /**
   * The ids of the controls the scene draws itself, besides its errands' pages (its e-ID phone, its keypad, its
   * custom page blocks): an errand's steps may target them. `prefix.*` covers every id under the prefix.
   */
  draws?: readonly string[]
}

/** Types a scene's `scene.ts`. */
export function defineScene(info: SceneInfo): SceneInfo {
  return info
}
