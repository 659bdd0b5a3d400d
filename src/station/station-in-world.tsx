import { useFrame } from '@react-three/fiber'
import { useXR } from '@react-three/xr'
import { useEffect, useMemo } from 'react'
import { Matrix4, Quaternion, Vector3 } from 'three'
import { KioskPanel3D } from '../kiosk/kiosk-panel-3d'
import type { Kiosk } from '../kiosk/kiosk'
import type { PoseFrame } from './station-state'
import { useStation } from './station-context'

/** Head movement beyond this counts as the visitor being there; tracking jitter stays well below it. */
const HEAD_MOVE_METRES = 0.03
const HEAD_TURN_RADIANS = 0.1

const headPosition = new Vector3()
const headQuaternion = new Quaternion()
const rayOrigin = new Vector3()
const rayDirection = new Vector3()
const rayQuaternion = new Quaternion()
const originMatrix = new Matrix4()

/**
 * The station's part of the 3D world: it records where the visitor looks and points (for the spectator view),
 * notices head movement and controller input (for the kiosk's idle time), and shows the kiosk's panels in VR.
 */
export function StationInWorld() {
  const station = useStation()
  if (!station) return null
  return (
    <>
      <PoseRecorder pose={station.pose} />
      <HeadMotion kiosk={station.kiosk} />
      <ControllerInput kiosk={station.kiosk} />
      <KioskPanel3D kiosk={station.kiosk} />
    </>
  )
}

/** Copies the head pose and the controllers' target rays into the pose frame, every frame, without allocating. */
function PoseRecorder({ pose }: { pose: PoseFrame }) {
  useFrame(({ camera, gl }) => {
    camera.getWorldPosition(headPosition)
    camera.getWorldQuaternion(headQuaternion)
    headPosition.toArray(pose.headPosition)
    headQuaternion.toArray(pose.headQuaternion)
    pose.valid = true

    let count = 0
    const frame = gl.xr.isPresenting ? gl.xr.getFrame() : null
    const space = gl.xr.getReferenceSpace()
    if (frame && space) {
      // Poses come relative to the reference space; the camera's parent (the XR origin) places that in the world.
      if (camera.parent) originMatrix.copy(camera.parent.matrixWorld)
      else originMatrix.identity()
      for (const source of frame.session.inputSources) {
        const ray = pose.rays[count]
        if (!ray) break
        if (source.targetRayMode !== 'tracked-pointer') continue
        const transform = frame.getPose(source.targetRaySpace, space)?.transform
        if (!transform) continue
        const { position, orientation } = transform
        rayOrigin.set(position.x, position.y, position.z).applyMatrix4(originMatrix)
        rayQuaternion.set(orientation.x, orientation.y, orientation.z, orientation.w)
        rayDirection.set(0, 0, -1).applyQuaternion(rayQuaternion).transformDirection(originMatrix)
        ray.active = true
        ray.hand = source.handedness
        rayOrigin.toArray(ray.origin)
        rayDirection.toArray(ray.direction)
        count++
      }
    }
    for (let index = count; index < pose.rays.length; index++) {
      const ray = pose.rays[index]
      if (ray) ray.active = false
    }
  })
  return null
}

/**
 * Head movement in VR keeps the kiosk from asking "Are you still there?". On a screen the camera only moves
 * when the scene changes, which is not the visitor: there, page input counts instead.
 */
function HeadMotion({ kiosk }: { kiosk: Kiosk }) {
  const baseline = useMemo(() => ({ position: new Vector3(), quaternion: new Quaternion(), set: false }), [])
  useFrame(({ camera, gl }) => {
    const last = baseline
    if (!gl.xr.isPresenting) {
      last.set = false
      return
    }
    camera.getWorldPosition(headPosition)
    camera.getWorldQuaternion(headQuaternion)
    const moved =
      !last.set ||
      last.position.distanceTo(headPosition) > HEAD_MOVE_METRES ||
      last.quaternion.angleTo(headQuaternion) > HEAD_TURN_RADIANS
    if (!moved) return
    // The first frame only sets the baseline; every later move is activity.
    if (last.set) kiosk.noteActivity()
    last.position.copy(headPosition)
    last.quaternion.copy(headQuaternion)
    last.set = true
  })
  return null
}

/** Trigger and grip presses count as activity, wherever the controller points. */
function ControllerInput({ kiosk }: { kiosk: Kiosk }) {
  const session = useXR((state) => state.session)
  useEffect(() => {
    if (!session) return
    const note = () => kiosk.noteActivity()
    session.addEventListener('selectstart', note)
    session.addEventListener('squeezestart', note)
    return () => {
      session.removeEventListener('selectstart', note)
      session.removeEventListener('squeezestart', note)
    }
  }, [session, kiosk])
  return null
}
