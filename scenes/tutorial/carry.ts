import { Plane, Vector3, type Object3D, type Ray } from 'three'

/** How far a press may move before it counts as carrying rather than a press, in metres. */
export const CARRY_THRESHOLD = 0.02

/** The parts of a pointer event carrying needs: R3F's screen events and the XR pointers' events both have them. */
export interface CarryPointer {
  pointerType: string
  point: Vector3
  ray?: Ray
}

const surface = new Plane(new Vector3(0, 1, 0), 0)
const onSurface = new Vector3()

/**
 * Where a carried thing goes for this pointer, in world space, written into `into`: held by a hand (a grip or a
 * near pinch), it follows the hand; moved by a ray (mouse, touch, a controller's trigger, a pinch from afar), it
 * slides where the ray meets the surface it lies on, at `height`. Null when the ray points above the horizon.
 */
export function carriedTo(pointer: CarryPointer, height: number, into: Vector3): Vector3 | null {
  if (pointer.pointerType === 'grab' || !pointer.ray) return into.copy(pointer.point)
  surface.constant = -height
  const hit = pointer.ray.intersectPlane(surface, onSurface)
  return hit ? into.copy(hit) : null
}

/** Whether a point (world space) is over a rectangle on the floor plan, given by its centre and size. */
export function isOver(
  point: Vector3,
  center: readonly [number, number],
  size: readonly [number, number],
): boolean {
  return Math.abs(point.x - center[0]) <= size[0] / 2 && Math.abs(point.z - center[1]) <= size[1] / 2
}

/** Moves an object to a world position, whatever its parent's transform. */
export function placeAtWorld(object: Object3D, world: Vector3): void {
  object.position.copy(world)
  object.parent?.worldToLocal(object.position)
}
