import type { Vec3 } from './vec3'
import type { Workplace } from './workplace'

/** What the app needs to know about a scene before its 3D set is loaded. */
export interface SceneInfo {
  id: string
  titleKey: string
  /** Where the desktop camera stands and looks, in metres. */
  desktopView: { position: Vec3; target: Vec3; fov: number }
  /** Where the terminal, the phone, a held paper, the step panel and the caption sit in VR, if the scene runs tasks. */
  workplace?: Workplace
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

/** Types a scene's `scene.ts`, keeping what it gives (its set reads its workplace). */
export function defineScene<const T extends SceneInfo>(info: T): T {
  return info
}
