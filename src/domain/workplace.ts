import type { Vec3 } from './vec3'

/** A place and how it is turned (Euler angles), in metres and radians, in the frame of the scene's set. */
export interface Pose {
  position: Vec3
  rotation: Vec3
}

/**
 * Where the things the visitor works with sit in VR, each in its own place around the page being used, so none
 * covers another from where the visitor stands (1.6 m eye height at the origin, facing -Z). One definition per
 * scene, in its `scene.ts`; the set places its terminal and phone from it, the app its panels.
 */
export interface Workplace {
  /** The terminal's lower edge, at the middle of the view: the page being used. */
  terminal?: Vec3
  /** A keypad on the desk in front of the terminal, its lower edge. */
  keypad?: Pose
  /** The practice e-ID phone, on the desk beside the terminal. */
  phone?: Pose
  /** Where a picked-up paper is held up to be read, its centre: beside the terminal, never over it. */
  paper?: Pose
  /**
   * Where the errand's paper lies on the desk until it is picked up, and again once put down: its centre, near the
   * keypad it is read for, so a screen that frames both keeps the keys large enough to tap.
   */
  paperRest?: Pose
  /** The step panel's top edge: it grows downward with its text. */
  stepPanel: Pose
  /** The caption's lower edge: it grows upward with its text, away from the page. Without it, it follows the eyes. */
  caption?: Pose
}
