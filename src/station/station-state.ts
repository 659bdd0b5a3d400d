import { MAX_AGE_MS, type Pose, type StationClock, type StationState } from '../live/protocol'
import type { AppState } from '../state/app-store'
import type { KioskState } from '../kiosk/kiosk'

/**
 * Where the visitor looks and points, written every rendered frame into preallocated arrays (no allocation in
 * the render loop) and read by the 10 Hz state stream.
 */
export interface PoseFrame {
  /** Whether a frame has been written yet. */
  valid: boolean
  headPosition: [number, number, number]
  headQuaternion: [number, number, number, number]
  rays: {
    active: boolean
    hand: 'left' | 'right' | 'none'
    origin: [number, number, number]
    direction: [number, number, number]
  }[]
}

const MAX_RAYS = 2

export function createPoseFrame(): PoseFrame {
  return {
    valid: false,
    headPosition: [0, 1.6, 0],
    headQuaternion: [0, 0, 0, 1],
    rays: Array.from({ length: MAX_RAYS }, (): PoseFrame['rays'][number] => ({
      active: false,
      hand: 'none',
      origin: [0, 0, 0],
      direction: [0, 0, -1],
    })),
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000

/** A copy of the pose for a message, rounded to the millimetre, or null before the first frame. */
export function poseForMessage(frame: PoseFrame): Pose | null {
  if (!frame.valid) return null
  return {
    head: {
      position: [round(frame.headPosition[0]), round(frame.headPosition[1]), round(frame.headPosition[2])],
      quaternion: [
        round(frame.headQuaternion[0]),
        round(frame.headQuaternion[1]),
        round(frame.headQuaternion[2]),
        round(frame.headQuaternion[3]),
      ],
    },
    rays: frame.rays
      .filter((ray) => ray.active)
      .map((ray) => ({
        hand: ray.hand,
        origin: [round(ray.origin[0]), round(ray.origin[1]), round(ray.origin[2])],
        direction: [round(ray.direction[0]), round(ray.direction[1]), round(ray.direction[2])],
      })),
  }
}

/** What the station tells staff about itself: a pure read of the app and kiosk state. */
export function readStationState(
  app: AppState,
  station: { name: string; pairingCode: string },
  kiosk: Pick<KioskState, 'enabled' | 'phase'>,
  xrPresenting: boolean,
  now: number,
): { state: StationState; clock: StationClock } {
  const task = app.taskDefinition()
  const run = app.run
  const step = task && run ? task.steps[run.stepIndex] : undefined
  const state: StationState = {
    name: station.name,
    pairingCode: station.pairingCode,
    mode: app.mode,
    xrPresenting,
    entered: app.entered,
    locale: app.locale,
    posture: app.posture,
    settings: app.settings,
    scene: app.scene,
    sessionId: app.sessionId,
    guided: app.guided,
    task:
      task && run
        ? {
            id: task.id,
            status: run.status,
            stepIndex: run.stepIndex,
            stepCount: task.steps.length,
            stepId: run.status === 'running' ? (step?.id ?? null) : null,
            stepTextKey: run.status === 'running' ? (step?.textKey ?? null) : null,
            hints: run.hints,
            mistakes: run.mistakes,
            stepHints: run.stepHints,
            stepMistakes: run.stepMistakes,
            hint: run.hint,
            feedback: run.feedback,
            guided: run.guided,
            waitingForStaff: run.waitingForStaff,
            values: run.values,
          }
        : null,
    entries: app.entries,
    heldItem: app.heldItem,
    kiosk: { enabled: kiosk.enabled, phase: kiosk.phase },
    helpRequested: app.helpRequested,
    askConfidence: app.askConfidence,
  }
  // A kiosk left on for weeks still reports a valid age.
  const age = (since: number) => Math.min(MAX_AGE_MS, Math.max(0, Math.round(now - since)))
  return {
    state,
    clock: {
      sessionAgeMs: age(app.sessionStartedAt),
      taskAgeMs: run ? age(run.startedAt) : null,
      stepAgeMs: run && run.status === 'running' ? age(run.stepStartedAt) : null,
    },
  }
}
