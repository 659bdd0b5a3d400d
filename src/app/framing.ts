import { Vector3 } from 'three'

/** A part of the canvas in normalised device coordinates: -1 is the left or bottom edge, 1 the right or top. */
export interface ScreenRegion {
  left: number
  right: number
  bottom: number
  top: number
}

/** The camera's fixed orientation: unit vectors in world space. */
export interface ViewBasis {
  right: Vector3
  up: Vector3
  /** Where the camera looks. */
  forward: Vector3
}

const relative = new Vector3()

/**
 * Where a camera with this orientation and field of view must stand so every point falls inside `region` of
 * the canvas, as close as it can be (never nearer than `minDistance` to the nearest point's plane). The points'
 * spread fixes the distance; the camera then slides sideways and up to centre them in the region.
 */
export function fitCamera(
  points: readonly Vector3[],
  basis: ViewBasis,
  verticalFovDegrees: number,
  aspect: number,
  region: ScreenRegion,
  minDistance: number,
  out = new Vector3(),
): Vector3 {
  const tanV = Math.tan((verticalFovDegrees * Math.PI) / 360)
  const tanH = tanV * aspect
  const coords = points.map((point) => {
    relative.copy(point)
    return { x: relative.dot(basis.right), y: relative.dot(basis.up), z: relative.dot(basis.forward) }
  })
  const nearest = Math.min(...coords.map((c) => c.z))
  // The camera sits at depth `nearest - distance` along forward; a point's depth from it is z - that.
  const range = (distance: number, axis: 'x' | 'y', low: number, high: number, tan: number) => {
    let min = -Infinity
    let max = Infinity
    for (const c of coords) {
      const depth = c.z - nearest + distance
      min = Math.max(min, c[axis] - high * depth * tan)
      max = Math.min(max, c[axis] - low * depth * tan)
    }
    return { min, max }
  }
  const fits = (distance: number) => {
    const x = range(distance, 'x', region.left, region.right, tanH)
    const y = range(distance, 'y', region.bottom, region.top, tanV)
    return x.min <= x.max && y.min <= y.max ? { x, y } : null
  }
  let low = minDistance
  let high = minDistance
  while (!fits(high) && high < 1000) high *= 2
  if (fits(low)) high = low
  for (let step = 0; step < 40 && high - low > 0.0005; step++) {
    const middle = (low + high) / 2
    if (fits(middle)) high = middle
    else low = middle
  }
  const solved = fits(high) ?? { x: { min: 0, max: 0 }, y: { min: 0, max: 0 } }
  const sideways = (solved.x.min + solved.x.max) / 2
  const upwards = (solved.y.min + solved.y.max) / 2
  return out
    .copy(basis.right)
    .multiplyScalar(sideways)
    .addScaledVector(basis.up, upwards)
    .addScaledVector(basis.forward, nearest - high)
}
