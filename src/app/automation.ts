import { Euler, Quaternion, Vector3, type Object3D } from 'three'
import { translate } from '../i18n/translate'
import type { AppStore } from '../state/app-store'
import { selectShown, selectTargets } from '../state/selectors'
import type { TelemetryEventInput } from '../telemetry/event-schema'
import type { InteractableEntry, InteractableRegistry } from '../ui/interactable-registry'
import type { LayoutNode } from '../ui/layout/layout-node'
import type { Narrator, SpokenLine } from '../narration/narrator'
import type { AppXRStore } from '../xr/xr-store'
import { coveredPoints, lineOfSight, type CoveredPoint, type LineOfSightReport } from './line-of-sight'
import type { RenderProbe } from './render-probe'

/** What `window.__digidel` offers tests and tools when the URL has `?automation=1`. */
export interface DigidelAutomation {
  state: () => {
    sessionId: string
    mode: 'vr' | 'desktop'
    xrPresenting: boolean
    locale: string
    scene: string
    task: string | null
    step: string | null
    stepIndex: number | null
    stepCount: number | null
    status: 'idle' | 'running' | 'completed' | 'abandoned'
    hintsShown: number
    mistakes: number
    hint: string | null
    feedback: string | null
    waitingForStaff: boolean
  }
  /**
   * The interactables laid out and in view now, with world positions in metres and, on a screen, CSS pixels.
   * `highlighted`: the guide points at it (it, or the keypad it belongs to, is a target of the current step).
   */
  targets: () => {
    id: string
    name: string
    role: string
    enabled: boolean
    highlighted: boolean
    /** The step needs it in view besides its targets: reading material such as the bill. */
    shown: boolean
    position: [number, number, number]
    /**
     * Where it is in the headset's tracking space (the XR origin's own space), where an emulated controller is
     * aimed; the same as `position` until the visitor turns or recenters.
     */
    trackedPosition: [number, number, number]
    screen: [number, number] | null
    /** Its outline on screen in CSS pixels, [left, top, right, bottom]; null in VR or behind the camera. */
    rect: [number, number, number, number] | null
  }[]
  /** The IWER emulated device, when one is active. */
  emulator: () => unknown
  /** Frames rendered so far: wait on this rather than on time. */
  frames: () => number
  /**
   * Draw calls and triangles of the last rendered frame, how many shader programs exist, and the geometries and
   * textures three.js holds on the GPU (they should come back to the same counts after each reset).
   */
  renderInfo: () => {
    calls: number
    triangles: number
    programs: number
    geometries: number
    textures: number
  }
  /**
   * Every line read aloud in this page, oldest first: what was said (`key`, `text`), in which language (`locale`,
   * `lang`), by which voice (`backend`) and whether it played (`status`).
   */
  spoken: () => SpokenLine[]
  /** The app store, for reading state in tests. */
  store: AppStore
  /** Every telemetry event this page has emitted so far, in order, as it handed them to the queue. */
  telemetry: () => readonly TelemetryEventInput[]
  /**
   * Where the visitor's eyes are in the world and which way they face: `yaw` in degrees, 0 down -Z, positive
   * turned left. In VR it follows snap turns and recentering; null before the first frame.
   */
  view: () => { position: [number, number, number]; yaw: number } | null
  /**
   * From the eyes, what a ray to each highlighted target's centre meets first, whether the caption covers part of
   * it, and the caption's corners while one shows; null before the first frame.
   */
  lineOfSight: () => LineOfSightReport | null
  /**
   * The outlines on screen of the laid-out boxes named `name` that show (a page's headings: `page-heading`), in CSS
   * pixels [left, top, right, bottom]: for what a visitor reads that is not a control. Empty in VR.
   */
  boxes: (name: string) => [number, number, number, number][]
  /**
   * Which points of interactable `id`'s face something else covers, seen from the camera (a paper under a keypad);
   * empty when it shows whole, null when it is not laid out.
   */
  coveredPoints: (id: string) => CoveredPoint[] | null
}

declare global {
  interface Window {
    __digidel?: DigidelAutomation
  }
}

const scratch = new Vector3()
const viewQuaternion = new Quaternion()
const viewEuler = new Euler()
const corner = new Vector3()

/** Where a world point appears on the canvas, in page CSS pixels; null behind the camera. */
function toScreen(point: Vector3, probe: RenderProbe): [number, number] | null {
  if (!probe.camera || !probe.canvas) return null
  const ndc = point.clone().project(probe.camera)
  if (ndc.z > 1) return null
  const rect = probe.canvas.getBoundingClientRect()
  return [rect.left + ((ndc.x + 1) / 2) * rect.width, rect.top + ((1 - ndc.y) / 2) * rect.height]
}

/** A world point in the XR origin's space, where the headset and controllers are tracked. */
function toTrackingSpace(point: Vector3, xrStore: AppXRStore): [number, number, number] {
  const origin = xrStore.getState().origin
  if (origin) origin.worldToLocal(point)
  return point.toArray()
}

/** The outline of an element on screen: its four corners projected, as [left, top, right, bottom]. */
function screenRect(entry: InteractableEntry, probe: RenderProbe): [number, number, number, number] | null {
  const { width, height } = entry.bounds?.() ?? { width: 0, height: 0 }
  return outline(entry.object, width, height, probe)
}

/** The outline on screen of a `width` × `height` rectangle centred on an object, in its plane. */
function outline(
  object: Object3D,
  width: number,
  height: number,
  probe: RenderProbe,
): [number, number, number, number] | null {
  object.updateWorldMatrix(true, false)
  const xs: number[] = []
  const ys: number[] = []
  for (const [sx, sy] of [
    [-1, -1],
    [1, -1],
    [-1, 1],
    [1, 1],
  ] as const) {
    corner.set((sx * width) / 2, (sy * height) / 2, 0).applyMatrix4(object.matrixWorld)
    const point = toScreen(corner, probe)
    if (!point) return null
    xs.push(point[0])
    ys.push(point[1])
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}

/** Whether the guide points at an interactable: it, or the keypad it belongs to, is a target of the step. */
function isHighlighted(entry: InteractableEntry, pointedAt: readonly string[]): boolean {
  return pointedAt.includes(entry.id) || (entry.group !== undefined && pointedAt.includes(entry.group))
}

export function installAutomation(
  store: AppStore,
  registry: InteractableRegistry,
  xrStore: AppXRStore,
  probe: RenderProbe,
  narrator: Narrator,
  emitted: readonly TelemetryEventInput[],
): void {
  window.__digidel = {
    state: () => {
      const state = store.getState()
      const task = state.taskDefinition()
      const run = state.run
      const step = task && run?.status === 'running' ? task.steps[run.stepIndex] : undefined
      return {
        sessionId: state.sessionId,
        mode: state.mode,
        xrPresenting: xrStore.getState().session != null,
        locale: state.locale,
        scene: state.scene,
        task: state.taskId,
        step: step?.id ?? null,
        stepIndex: run ? run.stepIndex : null,
        stepCount: task ? task.steps.length : null,
        status: run?.status ?? 'idle',
        hintsShown: run?.hints ?? 0,
        mistakes: run?.mistakes ?? 0,
        hint: run?.hint ? translate(state.locale, run.hint.textKey) : null,
        feedback: run?.feedback ? translate(state.locale, run.feedback.textKey) : null,
        waitingForStaff: run?.waitingForStaff ?? false,
      }
    },
    targets: () => {
      const pointedAt = selectTargets(store.getState())
      const needed = selectShown(store.getState())
      return registry
        .list()
        .filter((entry) => entry.isPlaced?.() ?? true)
        .map((entry) => {
          entry.object.getWorldPosition(scratch)
          return {
            id: entry.id,
            name: entry.name,
            role: entry.role,
            enabled: entry.enabled,
            highlighted: isHighlighted(entry, pointedAt),
            shown: needed.includes(entry.id),
            position: scratch.toArray(),
            trackedPosition: toTrackingSpace(scratch.clone(), xrStore),
            screen: toScreen(scratch, probe),
            rect: screenRect(entry, probe),
          }
        })
    },
    emulator: () => xrStore.getState().emulator,
    frames: () => probe.frames,
    renderInfo: () => ({
      calls: probe.renderer?.info.render.calls ?? 0,
      triangles: probe.renderer?.info.render.triangles ?? 0,
      programs: probe.renderer?.info.programs?.length ?? 0,
      geometries: probe.renderer?.info.memory.geometries ?? 0,
      textures: probe.renderer?.info.memory.textures ?? 0,
    }),
    spoken: () => narrator.log().map((line) => ({ ...line })),
    store,
    telemetry: () => emitted,
    view: () => {
      const camera = probe.camera
      if (!camera) return null
      viewEuler.setFromQuaternion(camera.getWorldQuaternion(viewQuaternion), 'YXZ')
      return {
        position: camera.getWorldPosition(scratch).toArray(),
        yaw: (viewEuler.y * 180) / Math.PI,
      }
    },
    lineOfSight: () => {
      if (!probe.scene || !probe.camera) return null
      const pointedAt = selectTargets(store.getState())
      return lineOfSight(probe.scene, probe.camera, xrStore.getState().origin ?? null, registry, (entry) =>
        isHighlighted(entry, pointedAt),
      )
    },
    coveredPoints: (id) =>
      probe.scene && probe.camera
        ? // Out of a session the XR store's origin is no hand-held thing but may hold the whole scene: skip nothing.
          coveredPoints(
            probe.scene,
            probe.camera,
            xrStore.getState().session ? (xrStore.getState().origin ?? null) : null,
            registry,
            id,
          )
        : null,
    boxes: (name) => {
      const found: [number, number, number, number][] = []
      if (xrStore.getState().session != null) return found
      probe.scene?.traverseVisible((object) => {
        const node = object.userData.layoutNode as LayoutNode | undefined
        if (object.name !== name || !node || node.layout.hidden) return
        const rect = outline(object, node.layout.width, node.layout.height, probe)
        if (rect) found.push(rect)
      })
      return found
    },
  }
}
