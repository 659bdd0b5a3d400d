import { useFrame, useThree } from '@react-three/fiber'
import { useXR } from '@react-three/xr'
import { useEffect, useState } from 'react'
import { Box3, Quaternion, Vector3, type Object3D, type PerspectiveCamera } from 'three'
import { selectShown, selectTargets } from '../state/selectors'
import { useAppStoreApi } from '../state/store-context'
import type { AppState } from '../state/app-store'
import { useInteractableRegistry } from '../ui/interactable-context'
import { useFingerSized } from '../ui/kit/button'
import type { InteractableEntry, InteractableRegistry } from '../ui/interactable-registry'
import type { LayoutNode } from '../ui/layout/layout-node'
import { treeOfRoot, type LayoutTree } from '../ui/layout/layout-tree'
import { useLayoutActivity } from '../ui/layout/layout-activity'
import { useReadingView, type ReadingView } from '../ui/reading-view'
import { MARGIN_PX, readingShare, TOP_BAND_PX } from '../ui/reading-region'
import { PAGE_HEADING } from '../ui/page/blocks/heading-block'
import { fitCameraFocused, type ScreenRegion, type TapTarget, type ViewBasis } from './framing'
import type { SceneInfo } from '../domain/scene-info'

/** The framed work is at least this wide and tall, in metres, so one small phone never fills the screen. */
const MIN_EXTENT = { width: 0.55, height: 0.4 }
/** The camera never comes nearer to the work than this, in metres. */
const MIN_DISTANCE = 0.3
/**
 * A control the step asks the visitor to tap comes out at least this wide and tall on screen, in CSS pixels: a
 * finger's 44 (WCAG 2.5.5, Apple's guidelines), with room for the tilt of a panel and rounding.
 */
const MIN_TAP_PX = 48
/** Coming nearer for a finger, the targets may reach this near a side of the canvas, in CSS pixels. */
const EDGE_PX = 2

const WORLD_UP = new Vector3(0, 1, 0)
const basis: ViewBasis = { right: new Vector3(), up: new Vector3(), forward: new Vector3() }
const box = new Box3()
const pool = Array.from({ length: 256 }, () => new Vector3())
/** Corners of what must stay in view (the targets and the material the step needs), then of each target. */
const requiredPool = Array.from({ length: 512 }, () => new Vector3())
const solved = new Vector3()
const lookTarget = new Vector3()
/** The summed facing (normal) of the framed panels: the camera looks at them nearly straight on. */
const facing = new Vector3()
const normal = new Vector3()
const turn = new Quaternion()
/** How much of the scene's own view direction stays in the framing direction, for a sense of the room. */
const SCENE_DIRECTION_SHARE = 0.3

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
  const activity = useLayoutActivity()
  // A finger needs its 44 px; a mouse on a wide screen is framed by the whole work alone.
  const finger = useFingerSized()
  const [framing] = useState(() => ({ dirty: true, stripBottomPx: 0 }))

  useEffect(() => {
    framing.dirty = true
  }, [framing, view, width, height, presenting, finger])
  useEffect(() => registry.subscribe(() => (framing.dirty = true)), [framing, registry])
  useEffect(() => activity?.subscribe(() => (framing.dirty = true)), [framing, activity])
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

  // Framing runs only when something changed (a step, a held paper, a panel's size, the canvas), never idly.
  useFrame(() => {
    // The reading strip over the view grew or shrank (its text, the text size): the work moves below it.
    if (reading.stripBottomPx !== framing.stripBottomPx) {
      framing.stripBottomPx = reading.stripBottomPx
      framing.dirty = true
    }
    if (presenting || !framing.dirty) return
    const state = store.getState()
    const { entries, taps } = entriesToFrame(state, registry)
    if (entries.some((entry) => !(panelOf(entry.object)?.tree.isSettled() ?? true))) return
    framing.dirty = false
    const count = collectCorners(entries)
    // Only while the visitor must tap something with a finger; otherwise the whole work alone, as it always was.
    const focus = finger && taps.size > 0 ? collectRequired(entries, taps) : NO_FOCUS
    const held = state.heldItem
    const needed = held !== null && selectShown(state).includes(held)
    const share = readingShare(held !== null, needed, width >= height)
    frame(camera, view, count, focus, width / height, held, share, reading, { width, height })
  })
  return null
}

/**
 * The step's targets (and the keys of a targeted keypad) with the reading material it needs, unless that is held
 * (a held paper has its own part of the screen); every control when no step runs. `taps`: the ids of those the
 * visitor must tap while a step runs, which must come out large enough for a finger.
 */
function entriesToFrame(
  state: AppState,
  registry: InteractableRegistry,
): { entries: InteractableEntry[]; taps: ReadonlySet<string> } {
  const running = state.run?.status === 'running'
  const targets = running ? selectTargets(state) : finalTargets(state)
  const shown = running ? selectShown(state).filter((id) => id !== state.heldItem) : []
  const all = registry.list()
  if (targets.length === 0) return { entries: all, taps: NO_TAPS }
  const isTarget = (entry: InteractableEntry) =>
    targets.includes(entry.id) || (entry.group !== undefined && targets.includes(entry.group))
  const chosen = all.filter((entry) => isTarget(entry) || shown.includes(entry.id))
  if (chosen.length === 0) return { entries: all, taps: NO_TAPS }
  return {
    entries: chosen,
    taps: running
      ? new Set(chosen.filter((entry) => entry.enabled && isTarget(entry)).map((entry) => entry.id))
      : NO_TAPS,
  }
}

const NO_TAPS: ReadonlySet<string> = new Set()
const NO_FOCUS = { required: [], targets: [] }

/** After the last step, what it used (the receipt): the visitor reads the end of the task there. */
function finalTargets(state: AppState): readonly string[] {
  if (state.run?.status !== 'completed') return []
  return state.taskDefinition()?.steps.at(-1)?.targets ?? []
}

/** The panel a control belongs to, as its root layout box and that box's group. */
function panelOf(object: Object3D): { tree: LayoutTree; object: Object3D } | null {
  for (let current: Object3D | null = object; current; current = current.parent) {
    const node = current.userData.layoutNode as LayoutNode | undefined
    const tree = node && node.parent === null ? treeOfRoot(node) : null
    if (tree) return { tree, object: current }
  }
  return null
}

/** Puts the corners of each entry's panel (or, outside panels, of its bounds) into the pool; returns how many. */
function collectCorners(entries: readonly InteractableEntry[]): number {
  let count = 0
  facing.set(0, 0, 0)
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
      const { width, height } = panel.tree.size()
      for (const [sx, sy] of CORNERS) add((sx * width) / 2, (sy * height) / 2, 0, owner.matrixWorld)
      facing.add(normal.set(0, 0, 1).applyQuaternion(owner.getWorldQuaternion(turn)))
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

/**
 * Puts the corners of each entry's own outline (not its panel's) into the required pool: the targets and the
 * material the step needs, which must stay wholly in view; and lists the corners of each target to tap.
 */
function collectRequired(
  entries: readonly InteractableEntry[],
  taps: ReadonlySet<string>,
): { required: Vector3[]; targets: TapTarget[] } {
  let count = 0
  const required: Vector3[] = []
  const targets: TapTarget[] = []
  for (const entry of entries) {
    // A control scrolled out of its list is not on show: it neither needs to be in view nor widens the framing.
    if (!(entry.isPlaced?.() ?? true)) continue
    const start = count
    entry.object.updateWorldMatrix(true, false)
    const bounds = entry.bounds?.()
    if (bounds) {
      for (const [sx, sy] of CORNERS) {
        const point = requiredPool[count]
        if (!point) break
        point.set((sx * bounds.width) / 2, (sy * bounds.height) / 2, 0).applyMatrix4(entry.object.matrixWorld)
        count++
      }
    } else {
      box.setFromObject(entry.object)
      for (const [sx, sy] of CORNERS) {
        const point = requiredPool[count]
        if (!point || box.isEmpty()) break
        point.set(sx < 0 ? box.min.x : box.max.x, sy < 0 ? box.min.y : box.max.y, (box.min.z + box.max.z) / 2)
        count++
      }
    }
    const corners = requiredPool.slice(start, count)
    required.push(...corners)
    if (taps.has(entry.id) && bounds && corners.length === 4) targets.push({ corners })
  }
  const heading = headingAbove(entries, taps)
  const node = heading?.userData.layoutNode as LayoutNode | undefined
  if (heading && node) {
    const start = count
    for (const [sx, sy] of CORNERS) {
      const point = requiredPool[count]
      if (!point) break
      point
        .set((sx * node.layout.width) / 2, (sy * node.layout.height) / 2, 0)
        .applyMatrix4(heading.matrixWorld)
      count++
    }
    required.push(...requiredPool.slice(start, count))
  }
  return { required, targets }
}

/**
 * The heading just above the step's targets on their page (the question they answer: "What do you need to do?"),
 * which stays in view with them, so a visitor who comes nearer for a finger still reads what the controls are for;
 * null when the page has none above them.
 */
function headingAbove(entries: readonly InteractableEntry[], taps: ReadonlySet<string>): Object3D | null {
  let page: Object3D | null = null
  let targetsTop = -Infinity
  for (const entry of entries) {
    if (!taps.has(entry.id)) continue
    const panel = panelOf(entry.object)
    if (!panel || (page !== null && panel.object !== page)) continue
    page = panel.object
    const height = entry.bounds?.().height ?? 0
    targetsTop = Math.max(targetsTop, entry.object.getWorldPosition(lookTarget).y + height / 2)
  }
  if (!page) return null
  let found: Object3D | null = null
  let foundBottom = Infinity
  page.traverse((object) => {
    const node = object.userData.layoutNode as LayoutNode | undefined
    if (object.name !== PAGE_HEADING || !node || node.layout.hidden) return
    object.updateWorldMatrix(true, false)
    const bottom = object.getWorldPosition(lookTarget).y - node.layout.height / 2
    if (bottom >= targetsTop - 0.001 && bottom < foundBottom) {
      found = object
      foundBottom = bottom
    }
  })
  return found
}

const CORNERS = [
  [-1, -1],
  [1, -1],
  [-1, 1],
  [1, 1],
] as const

/** Frames the pooled corners in the work part of the screen and puts held reading material in the rest. */
function frame(
  camera: PerspectiveCamera,
  view: SceneInfo['desktopView'],
  count: number,
  focus: { required: Vector3[]; targets: TapTarget[] },
  aspect: number,
  held: string | null,
  share: number,
  reading: ReadingView,
  size: { width: number; height: number },
): void {
  basis.forward
    .set(...view.target)
    .sub(lookTarget.set(...view.position))
    .normalize()
  if (facing.lengthSq() > 1e-6) {
    // Look at the panels nearly straight on, so their text and buttons are not foreshortened.
    facing
      .normalize()
      .negate()
      .multiplyScalar(1 - SCENE_DIRECTION_SHARE)
    basis.forward.multiplyScalar(SCENE_DIRECTION_SHARE).add(facing).normalize()
    // Never straight down: the screen's up would be undefined.
    if (Math.abs(basis.forward.y) > 0.95) basis.forward.setY(Math.sign(basis.forward.y) * 0.95).normalize()
  }
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
    top: 1 - (2 * TOP_BAND_PX) / size.height,
  }
  const landscape = aspect >= 1
  // Where the reading part ends: from the left edge in landscape, from the top edge in portrait.
  const boundary = landscape ? -1 + 2 * share : 1 - 2 * share
  // The reading strip drawn over an upright view covers the top down to its measured edge, not the share kept.
  const covered =
    reading.stripBottomPx > 0 ? 1 - (2 * (reading.stripBottomPx + MARGIN_PX)) / size.height : null
  const work: ScreenRegion =
    held === null
      ? whole
      : landscape
        ? { ...whole, left: boundary + marginX }
        : { ...whole, top: covered ?? boundary - marginY }
  // Come nearer, the targets may reach the canvas's sides (a page's full-width buttons on a phone), never the top band.
  const edges: ScreenRegion = {
    ...work,
    left: Math.max(-1 + (2 * EDGE_PX) / size.width, work.left - marginX),
    right: Math.min(1 - (2 * EDGE_PX) / size.width, work.right + marginX),
  }
  fitCameraFocused(
    { context: points, ...focus, viewport: size, minTargetPx: MIN_TAP_PX, edges },
    basis,
    view.fov,
    aspect,
    work,
    MIN_DISTANCE,
    solved,
  )
  camera.position.copy(solved)
  camera.lookAt(lookTarget.copy(solved).add(basis.forward))
  camera.updateMatrixWorld()

  if (held !== null) {
    // Upright, under the reading strip when one is drawn over it, so the paper in 3D never shows below the strip.
    const readingRegion: ScreenRegion = landscape
      ? { ...whole, right: boundary - marginX }
      : { ...whole, bottom: covered === null ? boundary + marginY : covered + 2 * marginY }
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

/** A held paper floats this near the camera, nearer than any framed work, so nothing hides it. */
const READING_DISTANCE = 0.25

/** Where the held paper floats, in the camera's frame, and how much it shrinks to fit the reading part. */
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
  const room = {
    width: (region.right - region.left) * READING_DISTANCE * tanH,
    height: (region.top - region.bottom) * READING_DISTANCE * tanV,
  }
  reading.scale = Math.min(1, room.width / paper.width, room.height / paper.height)
  reading.offset.set(
    ((region.left + region.right) / 2) * READING_DISTANCE * tanH,
    ((region.bottom + region.top) / 2) * READING_DISTANCE * tanV,
    -READING_DISTANCE,
  )
}
