import { BufferAttribute, Color, Euler, Matrix4, Quaternion, Vector3, type BufferGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { Vec3 } from '../domain/vec3'

/** One piece of static scenery: its shape, where it stands and its colour. */
export interface ColoredPart {
  geometry: BufferGeometry
  position?: Vec3
  /** Euler angles in radians, in three's default XYZ order. */
  rotation?: Vec3
  color: string
}

const scratchColor = new Color()
const ONE = new Vector3(1, 1, 1)

/**
 * Static scenery as one geometry with its colours in the vertices: a whole room, desk or row of shelves is one
 * draw call instead of one per board. The parts' geometries are consumed.
 */
export function mergeColoredParts(parts: readonly ColoredPart[]): BufferGeometry {
  const placed = parts.map(({ geometry, position = [0, 0, 0], rotation = [0, 0, 0], color }) => {
    const matrix = new Matrix4().compose(
      new Vector3(...position),
      new Quaternion().setFromEuler(new Euler(...rotation)),
      ONE,
    )
    const flat = (geometry.index ? geometry.toNonIndexed() : geometry).applyMatrix4(matrix)
    scratchColor.set(color)
    const count = flat.getAttribute('position').count
    const colors = new Float32Array(count * 3)
    for (let index = 0; index < count; index++) scratchColor.toArray(colors, index * 3)
    flat.setAttribute('color', new BufferAttribute(colors, 3))
    flat.deleteAttribute('uv')
    return flat
  })
  const merged = mergeGeometries(placed)
  if (!merged) throw new Error('static scenery parts could not be merged')
  return merged
}
