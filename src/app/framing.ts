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

/** A control the visitor must tap: its corners in world space (four, in its plane). */
export interface TapTarget {
  corners: readonly Vector3[]
}

/** What {@link fitCameraFocused} frames, and how large a tap target must come out. */
export interface FocusedFraming {
  /** The whole work (the panels the targets are on): framed whole when that keeps every target large enough. */
  context: readonly Vector3[]
  /** What must stay wholly in view whatever happens: the targets and the reading material the step needs. */
  required: readonly Vector3[]
  targets: readonly TapTarget[]
  /** The canvas in CSS pixels. */
  viewport: { width: number; height: number }
  /** The least width and height of a tap target on screen, in CSS pixels. */
  minTargetPx: number
  /**
   * Where what is required may lie once the camera comes nearer: up to the canvas's edges, past the margins kept
   * around the whole work. @default the region
   */
  edges?: ScreenRegion
}

/** A point in the camera's basis: across, up, and depth along forward. */
interface Coord {
  x: number
  y: number
  z: number
}

function toCoords(points: readonly Vector3[], basis: ViewBasis): Coord[] {
  return points.map((point) => ({
    x: point.dot(basis.right),
    y: point.dot(basis.up),
    z: point.dot(basis.forward),
  }))
}

/**
 * Where the camera can stand sideways and up, at depth `depth` along forward, with every point inside the region;
 * null where it cannot.
 */
function lateralRoom(
  coords: readonly Coord[],
  depth: number,
  region: ScreenRegion,
  tanH: number,
  tanV: number,
): { x: { min: number; max: number }; y: { min: number; max: number } } | null {
  const x = { min: -Infinity, max: Infinity }
  const y = { min: -Infinity, max: Infinity }
  for (const c of coords) {
    const away = c.z - depth
    if (away <= 0) return null
    x.min = Math.max(x.min, c.x - region.right * away * tanH)
    x.max = Math.min(x.max, c.x - region.left * away * tanH)
    y.min = Math.max(y.min, c.y - region.top * away * tanV)
    y.max = Math.min(y.max, c.y - region.bottom * away * tanV)
  }
  return x.min <= x.max && y.min <= y.max ? { x, y } : null
}

/** The nearest depth (largest, along forward) at most `limit` where `fits` holds, knowing it holds at `far`. */
function nearestDepth(far: number, limit: number, fits: (depth: number) => boolean): number {
  if (fits(limit)) return limit
  let low = far
  let high = limit
  for (let step = 0; step < 40 && high - low > 0.0002; step++) {
    const middle = (low + high) / 2
    if (fits(middle)) low = middle
    else high = middle
  }
  return low
}

/**
 * Like {@link fitCamera}, for a screen where the whole work would make its controls too small to tap (a phone, a
 * tablet beside a held paper): the camera comes nearer, until every tap target is at least `minTargetPx` wide and
 * tall, or until what is required would no longer fit. It then stands as near the whole work's middle as it can
 * while keeping what is required in the region: the page around the targets stays in view as far as it fits.
 */
export function fitCameraFocused(
  framing: FocusedFraming,
  basis: ViewBasis,
  verticalFovDegrees: number,
  aspect: number,
  region: ScreenRegion,
  minDistance: number,
  out = new Vector3(),
): Vector3 {
  const all = [...framing.context, ...framing.required]
  const whole = fitCamera(all, basis, verticalFovDegrees, aspect, region, minDistance, out)
  if (framing.targets.length === 0 || framing.required.length === 0) return whole
  const edges = framing.edges ?? region
  const tanV = Math.tan((verticalFovDegrees * Math.PI) / 360)
  const tanH = tanV * aspect
  const context = toCoords(all, basis)
  const required = toCoords(framing.required, basis)
  const targets = framing.targets.map((target) => toCoords(target.corners, basis))
  const wholeDepth = whole.dot(basis.forward)
  const nearest = Math.min(...context.map((c) => c.z), ...targets.flat().map((c) => c.z))
  const limit = nearest - minDistance
  // A target's size on screen at a depth, from its own corners as seen from its middle.
  const pxPerNdc = { x: framing.viewport.width / 2, y: framing.viewport.height / 2 }
  const smallest = (depth: number) => {
    let least = Infinity
    for (const corners of targets) {
      // Seen from in front of its middle: a tilted target's corners lie at different depths, and measured from
      // anywhere else that difference would count as size.
      const mx = corners.reduce((sum, c) => sum + c.x, 0) / corners.length
      const my = corners.reduce((sum, c) => sum + c.y, 0) / corners.length
      const xs = corners.map((c) => (c.x - mx) / (c.z - depth))
      const ys = corners.map((c) => (c.y - my) / (c.z - depth))
      const wide = ((Math.max(...xs) - Math.min(...xs)) / tanH) * pxPerNdc.x
      const tall = ((Math.max(...ys) - Math.min(...ys)) / tanV) * pxPerNdc.y
      least = Math.min(least, wide, tall)
    }
    return least
  }
  if (smallest(wholeDepth) >= framing.minTargetPx || wholeDepth >= limit) return whole
  const fitsRequired = (depth: number) => lateralRoom(required, depth, edges, tanH, tanV) !== null
  const reach = nearestDepth(wholeDepth, limit, fitsRequired)
  const wanted = nearestDepth(wholeDepth, reach, (depth) => smallest(depth) < framing.minTargetPx)
  // `wanted` is the last depth still too small; a hair nearer makes the targets large enough, if it can.
  const depth = Math.min(reach, wanted + 0.0004)
  const room = lateralRoom(required, depth, edges, tanH, tanV)
  if (!room) return whole
  const middle = { x: whole.dot(basis.right), y: whole.dot(basis.up) }
  const clamp = (value: number, range: { min: number; max: number }) =>
    Math.min(range.max, Math.max(range.min, value))
  return out
    .copy(basis.right)
    .multiplyScalar(clamp(middle.x, room.x))
    .addScaledVector(basis.up, clamp(middle.y, room.y))
    .addScaledVector(basis.forward, depth)
}
