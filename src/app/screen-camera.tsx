import { useFrame, useThree } from '@react-three/fiber'
import { useXR } from '@react-three/xr'
import { useEffect, useState } from 'react'
import { Box3, Vector3, type Object3D, type PerspectiveCamera } from 'three'
import { selectTargets } from '../state/selectors'
import { useAppStoreApi } from '../state/store-context'
import type { AppState } from '../state/app-store'
import { useInteractableRegistry } from '../ui/interactable-context'
import type { InteractableEntry, InteractableRegistry } from '../ui/interactable-registry'
import type { LayoutNode } from '../ui/layout/layout-node'
import { useReadingView, type ReadingView } from '../ui/reading-view'
import { fitCamera, type ScreenRegion, type ViewBasis } from './framing'
import type { SceneInfo } from './scene-info'

/** The framed work is at least this wide and tall, in metres, so one small phone never fills the screen. */
const MIN_EXTENT = { width: 0.55, height: 0.4 }
/** Free space kept around the framed work, in CSS pixels. */
const MARGIN_PX = 14
/** The camera never comes nearer to the work than this, in metres. */
const MIN_DISTANCE = 0.3
/** How often the framing checks whether what it frames has moved or grown (a panel reflowing). */
const CHECK_MS = 250
/** Share of the screen kept for held reading material: beside the work in landscape, above it in portrait. */
const READING_SHARE = 0.42

const WORLD_UP = new Vector3(0, 1, 0)
const basis: ViewBasis = { right: new Vector3(), up: new Vector3(), forward: new Vector3() }
const box = new Box3()
const pool = Array.from({ length: 256 }, () => new Vector3())
const solved = new Vector3()
const lookTarget = new Vector3()

/**
 * On a screen, stands the camera so the current step's targets (their whole panels) fill the canvas, whatever
 * its size or shape, leaving room for a held paper beside them (landscape) or above them (portrait). Without a
 * step it frames every control in the scene. In VR the headset moves the camera instead.
 */
export function ScreenCamera({ view }: { view: SceneInfo['desktopView'] }) {
  const camera = useThree((state) => state.camera) as PerspectiveCamera
  const width = useThree((state) => state.size.width)
  const height = useThree((state) => state.size.height)
  const presenting = useXR((state) => state.session != null)
  const registry = useInteractableRegistry()
  const store = useAppStoreApi()
  const reading = useReadingView()
  const [framing] = useState(() => ({ dirty: true, checkedAt: 0, signature: '' }))

  useEffect(() => {
    framing.dirty = true
  }, [framing, view, width, height, presenting])
  useEffect(() => registry.subscribe(() => (framing.dirty = true)), [framing, registry])
  useEffect(
    () =>
      store.subscribe((next, previous) => {
        if (
          next.run !== previous.run ||
          next.heldItem !== previous.heldItem ||
          next.scene !== previous.scene
        ) {
          framing.dirty = true
        }
      }),
    [framing, store],
  )

  useFrame(({ clock }) => {
    if (presenting) return
    const now = clock.elapsedTime * 1000
    if (!framing.dirty && now - framing.checkedAt < CHECK_MS) return
    framing.checkedAt = now
    const entries = entriesToFrame(store.getState(), registry)
    if (entries.some((entry) => !(entry.isPlaced?.() ?? true))) return
    const count = collectCorners(entries)
    const signature = cornerSignature(count, width, height, store.getState().heldItem)
    if (!framing.dirty && signature === framing.signature) return
    framing.dirty = false
    framing.signature = signature
    frame(camera, view, count, width / height, store.getState().heldItem, reading, { width, height })
  })
  return null
}

/** The step's targets (and the keys of a targeted keypad), or every control when no step runs. */
function entriesToFrame(state: AppState, registry: InteractableRegistry): InteractableEntry[] {
  const targets = state.run?.status === 'running' ? selectTargets(state) : []
  const all = registry.list()
  if (targets.length === 0) return all
  const chosen = all.filter(
    (entry) => targets.includes(entry.id) || (entry.group !== undefined && targets.includes(entry.group)),
  )
  return chosen.length > 0 ? chosen : all
}

/** The panel a control belongs to, as its root layout box and that box's group. */
function panelOf(object: Object3D): { node: LayoutNode; object: Object3D } | null {
  for (let current: Object3D | null = object; current; current = current.parent) {
    const node = current.userData.layoutNode as LayoutNode | undefined
    if (node && node.parent === null) return { node, object: current }
  }
  return null
}

/** Puts the corners of each entry's panel (or, outside panels, of its bounds) into the pool; returns how many. */
function collectCorners(entries: readonly InteractableEntry[]): number {
  let count = 0
  const seen = new Set<Object3D>()
  const add = (x: number, y: number, z: number, matrix: Object3D['matrixWorld']) => {
    const point = pool[count]
    if (!point) return
    point.set(x, y, z).applyMatrix4(matrix)
    count++
  }
  for (const entry of entries) {
    const panel = panelOf(entry.object)
    const owner = panel?.object ?? entry.object
    if (seen.has(owner)) continue
    seen.add(owner)
    owner.updateWorldMatrix(true, false)
    if (panel) {
      const { width, height } = panel.node.tree.size()
      for (const [sx, sy] of CORNERS) add((sx * width) / 2, (sy * height) / 2, 0, owner.matrixWorld)
    } else {
      box.setFromObject(owner)
      for (const [sx, sy] of CORNERS) {
        for (const z of [box.min.z, box.max.z]) {
          const point = pool[count]
          if (!point) break
          point.set(sx < 0 ? box.min.x : box.max.x, sy < 0 ? box.min.y : box.max.y, z)
          count++
        }
      }
    }
  }
  return count
}

const CORNERS = [
  [-1, -1],
  [1, -1],
  [-1, 1],
  [1, 1],
] as const

function cornerSignature(count: number, width: number, height: number, held: string | null): string {
  let signature = `${width}x${height}:${held ?? ''}:`
  for (let index = 0; index < count; index++) {
    const point = pool[index]
    if (point) signature += `${point.x.toFixed(3)},${point.y.toFixed(3)},${point.z.toFixed(3)};`
  }
  return signature
}

/** Frames the pooled corners in the work part of the screen and puts held reading material in the rest. */
function frame(
  camera: PerspectiveCamera,
  view: SceneInfo['desktopView'],
  count: number,
  aspect: number,
  held: string | null,
  reading: ReadingView,
  size: { width: number; height: number },
): void {
  basis.forward
    .set(...view.target)
    .sub(lookTarget.set(...view.position))
    .normalize()
  basis.right.crossVectors(basis.forward, WORLD_UP).normalize()
  basis.up.crossVectors(basis.right, basis.forward).normalize()
  camera.fov = view.fov
  camera.aspect = aspect
  camera.updateProjectionMatrix()

  if (count === 0) {
    camera.position.set(...view.position)
    camera.lookAt(...view.target)
    return
  }
  const points = widen(pool.slice(0, count))
  const marginX = (2 * MARGIN_PX) / size.width
  const marginY = (2 * MARGIN_PX) / size.height
  const whole: ScreenRegion = {
    left: -1 + marginX,
    right: 1 - marginX,
    bottom: -1 + marginY,
    top: 1 - marginY,
  }
  const landscape = aspect >= 1
  const split = 1 - 2 * READING_SHARE
  const work: ScreenRegion =
    held === null
      ? whole
      : landscape
        ? { ...whole, left: split + marginX }
        : { ...whole, top: -split - marginY }
  fitCamera(points, basis, view.fov, aspect, work, MIN_DISTANCE, solved)
  camera.position.copy(solved)
  camera.lookAt(lookTarget.copy(solved).add(basis.forward))
  camera.updateMatrixWorld()

  if (held !== null) {
    const readingRegion: ScreenRegion = landscape
      ? { ...whole, right: split - marginX }
      : { ...whole, bottom: -split + marginY }
    placeReading(reading, held, readingRegion, view.fov, aspect)
  }
}

/** Pads the framed corners to a minimum extent around their middle, so a small target keeps its context. */
function widen(points: Vector3[]): Vector3[] {
  const extent = (axis: Vector3) => {
    const values = points.map((point) => point.dot(axis))
    return { min: Math.min(...values), max: Math.max(...values) }
  }
  const across = extent(basis.right)
  const upward = extent(basis.up)
  const depth = extent(basis.forward)
  const padded = [...points]
  const centre = (range: { min: number; max: number }) => (range.min + range.max) / 2
  const half = {
    x: Math.max(MIN_EXTENT.width, across.max - across.min) / 2,
    y: Math.max(MIN_EXTENT.height, upward.max - upward.min) / 2,
  }
  for (const [sx, sy] of CORNERS) {
    padded.push(
      new Vector3()
        .addScaledVector(basis.right, centre(across) + sx * half.x)
        .addScaledVector(basis.up, centre(upward) + sy * half.y)
        .addScaledVector(basis.forward, depth.max),
    )
  }
  return padded
}

/** Where the held paper floats, in the camera's frame: as large as the reading part of the screen allows. */
function placeReading(
  reading: ReadingView,
  held: string,
  region: ScreenRegion,
  fov: number,
  aspect: number,
): void {
  const paper = reading.sizes.get(held) ?? { width: 0.24, height: 0.34 }
  const tanV = Math.tan((fov * Math.PI) / 360)
  const tanH = tanV * aspect
  const distance = Math.max(
    paper.width / ((region.right - region.left) * tanH),
    paper.height / ((region.top - region.bottom) * tanV),
    0.2,
  )
  reading.offset.set(
    ((region.left + region.right) / 2) * distance * tanH,
    ((region.bottom + region.top) / 2) * distance * tanV,
    -distance,
  )
}
