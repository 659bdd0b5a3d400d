import {
  InstancedMesh,
  Line,
  Mesh,
  Points,
  Raycaster,
  Sprite,
  Vector3,
  type Camera,
  type Intersection,
  type Object3D,
} from 'three'
import { CAPTION_NAME } from '../narration/caption-panel'
import { RectBatch } from '../ui/layout/rect-batch'
import type { InteractableEntry, InteractableRegistry } from '../ui/interactable-registry'

import type { Vec3 } from '../domain/vec3'

/** What a ray from the eyes to one highlighted target meets. */
export interface Sightline {
  id: string
  /** The target's centre, in world metres. */
  centre: Vec3
  /** What the ray meets first: an interactable's id, a named object (`caption`, `step-panel`), or a description. */
  firstHit: string
  /** The ray meets the target before anything else. */
  clear: boolean
  /** Part of the target, seen from the eyes, lies behind the caption. */
  underCaption: boolean
}

/** What the visitor's eyes see of the step's targets now. */
export interface LineOfSightReport {
  eye: Vec3
  /** Whether a caption is on show, and its outline's corners in world metres when it is. */
  caption: Vec3[] | null
  targets: Sightline[]
}

const raycaster = new Raycaster()
const eye = new Vector3()
const point = new Vector3()
const local = new Vector3()
const direction = new Vector3()
/** Points of a target tested against the caption: a 5 × 5 grid over its face. */
const GRID = [-0.5, -0.25, 0, 0.25, 0.5]
/** Hits this far beyond the target's centre are behind it (its own face is a few millimetres deep at most). */
const BEYOND = 0.01

/** The panel (a `Panel`'s root group) an object is drawn on, if any: the group holding the panel's rect batch. */
function panelOf(object: Object3D | null): Object3D | null {
  for (let node = object; node; node = node.parent) {
    if (node.children.some((child) => child instanceof RectBatch)) return node
  }
  return null
}

function visibleInWorld(object: Object3D): boolean {
  for (let node: Object3D | null = object; node; node = node.parent) if (!node.visible) return false
  return true
}

/** Whether a hit on a panel's instanced rectangles lies inside its rectangle's scroll clip (clipped parts are not drawn). */
function insideClip(mesh: InstancedMesh, hit: Intersection): boolean {
  const clip = mesh.geometry.getAttribute('aClip')
  if (!clip || hit.instanceId === undefined) return true
  mesh.worldToLocal(local.copy(hit.point))
  const at = hit.instanceId
  return (
    local.x >= clip.getX(at) &&
    local.y >= clip.getY(at) &&
    local.x <= clip.getZ(at) &&
    local.y <= clip.getW(at)
  )
}

/**
 * Every surface the ray meets, as the eyes see them, nearest first: the panels' drawn rectangles (which do not
 * take pointer rays, but hide what lies behind them), the controls' hit areas, and any other mesh. Lines, points and
 * sprites are no surfaces; whatever is under `skip` (the visitor's own controllers) is not in the room.
 */
function surfacesAlong(root: Object3D, skip: Object3D | null): Intersection[] {
  const hits: Intersection[] = []
  const visit = (object: Object3D) => {
    if (!object.visible || object === skip) return
    if (object instanceof InstancedMesh && object.parent instanceof RectBatch) {
      // Its bounds change with every layout; computed afresh.
      object.boundingSphere = null
      const own: Intersection[] = []
      InstancedMesh.prototype.raycast.call(object, raycaster, own)
      for (const hit of own) if (insideClip(object, hit)) hits.push(hit)
    } else if (!(object instanceof Line || object instanceof Points || object instanceof Sprite)) {
      object.raycast(raycaster, hits)
    }
    for (const child of object.children) visit(child)
  }
  visit(root)
  return hits.sort((a, b) => a.distance - b.distance)
}

/** The interactable an object belongs to: itself or its nearest registered ancestor. */
function ownerOf(object: Object3D, owners: Map<Object3D, string>): string | null {
  for (let node: Object3D | null = object; node; node = node.parent) {
    const id = owners.get(node)
    if (id !== undefined) return id
  }
  return null
}

/** A name for what a ray met, for the test's message: the nearest named ancestor, or the place it was met. */
function describe(hit: Intersection): string {
  for (let node: Object3D | null = hit.object; node; node = node.parent) {
    if (node.name && node.name !== 'ui-rects') return node.name
  }
  const [x, y, z] = hit.point.toArray().map((value) => value.toFixed(2))
  return `a ${hit.object.type} at (${x}, ${y}, ${z})`
}

/** What the ray from the eyes to `point` on `entry` meets first, skipping the target's own panel's drawing. */
function firstHitOn(
  root: Object3D,
  skip: Object3D | null,
  entry: InteractableEntry,
  owners: Map<Object3D, string>,
): { firstHit: string; clear: boolean } {
  const ownPanel = panelOf(entry.object)
  const distance = point.distanceTo(eye)
  raycaster.set(eye, direction.copy(point).sub(eye).normalize())
  raycaster.far = distance + BEYOND
  for (const hit of surfacesAlong(root, skip)) {
    const mesh = hit.object
    const owner = ownerOf(mesh, owners)
    // A panel's own boxes never overlap (flexbox keeps them apart): its drawing around the target is the target's.
    if (mesh.parent instanceof RectBatch && panelOf(mesh) === ownPanel && ownPanel) continue
    // An invisible mesh that is no control's hit area is nothing the eyes see.
    if (owner === null && mesh instanceof Mesh && !isDrawn(mesh)) continue
    if (owner === entry.id) return { firstHit: entry.id, clear: true }
    return { firstHit: owner ?? describe(hit), clear: false }
  }
  return { firstHit: 'nothing', clear: false }
}

function isDrawn(mesh: Mesh): boolean {
  const materials = Array.isArray(mesh.material) ? mesh.material : [mesh.material]
  return materials.some((material) => material.visible)
}

/** The caption's drawn rectangles (its board), if a caption is on show. */
function captionBoard(root: Object3D): InstancedMesh | null {
  const caption = root.getObjectByName(CAPTION_NAME)
  if (!caption || !visibleInWorld(caption)) return null
  let board: InstancedMesh | null = null
  caption.traverseVisible((object) => {
    if (!board && object instanceof InstancedMesh && object.parent instanceof RectBatch && object.count > 0)
      board = object
  })
  return board
}

/** Whether any of a 5 × 5 grid of rays from the eyes over the target's face passes through the caption's board. */
function behindCaption(board: InstancedMesh, entry: InteractableEntry): boolean {
  const { width, height } = entry.bounds?.() ?? { width: 0, height: 0 }
  for (const gx of GRID) {
    for (const gy of GRID) {
      point.set(gx * width, gy * height, 0).applyMatrix4(entry.object.matrixWorld)
      raycaster.set(eye, direction.copy(point).sub(eye).normalize())
      raycaster.far = point.distanceTo(eye)
      board.boundingSphere = null
      const hits: Intersection[] = []
      InstancedMesh.prototype.raycast.call(board, raycaster, hits)
      if (hits.length > 0) return true
    }
  }
  return false
}

/** The four corners of the caption's board in world metres: its instanced rectangles' bounds. */
function boardCorners(board: InstancedMesh): Vec3[] {
  board.boundingBox = null
  board.computeBoundingBox()
  const box = board.boundingBox as { min: Vector3; max: Vector3 } | null
  if (!box) return []
  const z = (box.min.z + box.max.z) / 2
  return [
    [box.min.x, box.min.y],
    [box.max.x, box.min.y],
    [box.max.x, box.max.y],
    [box.min.x, box.max.y],
  ].map(([x, y]) =>
    local
      .set(x ?? 0, y ?? 0, z)
      .applyMatrix4(board.matrixWorld)
      .toArray(),
  )
}

/**
 * For a test of placement in VR: from the eyes, does each highlighted target show, or does something (the
 * step panel, the caption, a held paper, the phone) cover it? Run on request only, never in the render loop.
 * `skip`: the XR origin, whose controllers and their rays move with the visitor's hands.
 */
export function lineOfSight(
  scene: Object3D,
  camera: Camera,
  skip: Object3D | null,
  registry: InteractableRegistry,
  highlighted: (entry: InteractableEntry) => boolean,
): LineOfSightReport {
  scene.updateMatrixWorld(true)
  camera.getWorldPosition(eye)
  const entries = registry.list().filter((entry) => entry.isPlaced?.() ?? true)
  const owners = new Map(entries.map((entry) => [entry.object, entry.id] as const))
  const board = captionBoard(scene)
  const targets = entries.filter(highlighted).map((entry) => {
    entry.object.getWorldPosition(point)
    const centre = point.toArray()
    const { firstHit, clear } = firstHitOn(scene, skip, entry, owners)
    return {
      id: entry.id,
      centre,
      firstHit,
      clear,
      underCaption: board ? behindCaption(board, entry) : false,
    }
  })
  return { eye: eye.toArray(), caption: board ? boardCorners(board) : null, targets }
}

/** A point of a face that something else covers, as seen from the eyes. */
export interface CoveredPoint {
  /** Where on the face, as shares of its width and height from its middle (-0.5 to 0.5; up is positive). */
  at: [number, number]
  /** What covers it: an interactable's id, a named object, or a description. */
  by: string
}

/** Points of a face tested for cover: a 5 × 5 grid, kept inside its edges (a paper's margin holds no text). */
const FACE_GRID = [-0.45, -0.225, 0, 0.225, 0.45]

/**
 * Which points of the face of interactable `id` something else covers, seen from the camera (on a screen, the screen
 * camera): whether a control lies over a paper the visitor reads from. Empty when the face shows whole; null when
 * `id` is not laid out. Run on request only, never in the render loop.
 */
export function coveredPoints(
  scene: Object3D,
  camera: Camera,
  skip: Object3D | null,
  registry: InteractableRegistry,
  id: string,
): CoveredPoint[] | null {
  const entry = registry.list().find((candidate) => candidate.id === id && (candidate.isPlaced?.() ?? true))
  const bounds = entry?.bounds?.()
  if (!entry || !bounds) return null
  scene.updateMatrixWorld(true)
  camera.getWorldPosition(eye)
  const owners = new Map(registry.list().map((candidate) => [candidate.object, candidate.id] as const))
  const covered: CoveredPoint[] = []
  for (const gx of FACE_GRID) {
    for (const gy of FACE_GRID) {
      point.set(gx * bounds.width, gy * bounds.height, 0).applyMatrix4(entry.object.matrixWorld)
      const { firstHit, clear } = firstHitOn(scene, skip, entry, owners)
      if (!clear) covered.push({ at: [gx, gy], by: firstHit })
    }
  }
  return covered
}
