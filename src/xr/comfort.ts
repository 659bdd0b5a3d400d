import { Euler, Quaternion, Vector3, type Object3D } from 'three'

/** Comfort tunables: snap turns in fixed steps (never smooth rotation, which makes many people sick). */
export const COMFORT = {
  /** One flick of either thumbstick turns the visitor this far. */
  snapDegrees: 30,
  /** The stick must be pushed this far sideways to turn... */
  pushedAt: 0.6,
  /** ...and come back inside this before it turns again. */
  releasedAt: 0.3,
} as const

/**
 * What the comfort controls report to the task engine when they happen, as presses are reported: a lesson step can
 * ask for a snap turn or a recenter as it asks for a press.
 */
export const COMFORT_IDS = {
  snapTurn: 'comfort.snap-turn',
  recenter: 'comfort.recenter',
} as const

/** Per-stick memory of whether it has come back to the middle since its last turn. */
export interface SnapTurnState {
  armed: boolean
}

/**
 * One thumbstick's contribution to a snap turn: -1 (turn left), 1 (turn right) or 0. A push turns once; the stick
 * has to come back to the middle before it turns again.
 */
export function snapTurn(xAxis: number, stick: SnapTurnState): -1 | 0 | 1 {
  if (Math.abs(xAxis) < COMFORT.releasedAt) {
    stick.armed = true
    return 0
  }
  if (!stick.armed || Math.abs(xAxis) < COMFORT.pushedAt) return 0
  stick.armed = false
  return xAxis > 0 ? 1 : -1
}

const pivot = new Vector3()
const offset = new Vector3()
const turn = new Quaternion()
const UP = new Vector3(0, 1, 0)

/**
 * Turns the player's origin about the vertical through the head, so the visitor turns on the spot instead of
 * swinging around the middle of the room. `direction` 1 turns right (clockwise seen from above).
 */
export function turnOriginAboutHead(origin: Object3D, headWorld: Vector3, direction: -1 | 1): void {
  const angle = (-direction * COMFORT.snapDegrees * Math.PI) / 180
  rotateAbout(origin, pivot.copy(headWorld), angle)
}

const headEuler = new Euler()
const headQuaternion = new Quaternion()

/**
 * Recenters: moves and turns the origin so the head is where a visitor stands at the start (above the room's
 * origin) looking straight ahead (-Z), wherever they have walked or turned to.
 */
export function recenterOrigin(origin: Object3D, headWorld: Vector3, headWorldQuaternion: Quaternion): void {
  headEuler.setFromQuaternion(headQuaternion.copy(headWorldQuaternion), 'YXZ')
  rotateAbout(origin, pivot.copy(headWorld), -headEuler.y)
  origin.position.x -= headWorld.x
  origin.position.z -= headWorld.z
}

/** Rotates an object (in world space, its parent unrotated) about the vertical line through `point`. */
function rotateAbout(object: Object3D, point: Vector3, angle: number): void {
  turn.setFromAxisAngle(UP, angle)
  offset.copy(object.position).sub(point).applyQuaternion(turn)
  object.position.copy(point).add(offset)
  object.quaternion.premultiply(turn)
}
