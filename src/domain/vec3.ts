/**
 * A point or a direction in metres, or Euler angles in radians: x, y, z. Read-only, so that `as const` data
 * (a scene's layout, a panel's place) can be passed as it is.
 */
export type Vec3 = readonly [number, number, number]

/**
 * A fresh mutable copy, for React Three Fiber's `position` and `rotation` props, which take a mutable tuple.
 * For props in render, never inside a frame loop (it allocates).
 */
export function mutableVec3(value: Vec3): [number, number, number] {
  return [value[0], value[1], value[2]]
}
