import { useFrame } from '@react-three/fiber'
import { XROrigin, useXRStore } from '@react-three/xr'
import { useEffect, useRef } from 'react'
import { Quaternion, Vector3, type Group } from 'three'
import { useAppStoreApi } from '../state/store-context'
import { COMFORT_IDS, recenterOrigin, snapTurn, turnOriginAboutHead, type SnapTurnState } from './comfort'

const THUMBSTICK = 'xr-standard-thumbstick'
const head = new Vector3()
const headQuaternion = new Quaternion()

/**
 * The visitor's place in the room: snap turns with either controller's thumbstick (one hand is enough), and
 * recentering when asked from the menu. Nothing moves smoothly, so nothing makes the visitor sick.
 */
export function ComfortOrigin() {
  const origin = useRef<Group>(null)
  const xr = useXRStore()
  const store = useAppStoreApi()
  const sticks = useRef(new Map<string, SnapTurnState>())
  const recenterPending = useRef(false)

  useEffect(
    () =>
      store.subscribe((next, previous) => {
        if (next.recenterRequests !== previous.recenterRequests) recenterPending.current = true
      }),
    [store],
  )

  useFrame(({ camera }) => {
    const group = origin.current
    if (!group) return
    camera.getWorldPosition(head)
    if (recenterPending.current) {
      recenterPending.current = false
      recenterOrigin(group, head, camera.getWorldQuaternion(headQuaternion))
      // A discrete event, once per recenter, not a per-frame update: a lesson step may be waiting for it.
      store.getState().activate(COMFORT_IDS.recenter)
      return
    }
    for (const source of xr.getState().inputSourceStates) {
      if (source.type !== 'controller') continue
      const xAxis = source.gamepad[THUMBSTICK]?.xAxis ?? 0
      let stick = sticks.current.get(source.id)
      if (!stick) sticks.current.set(source.id, (stick = { armed: true }))
      const direction = snapTurn(xAxis, stick)
      if (direction === 0) continue
      turnOriginAboutHead(group, head, direction)
      // Once per flick of the stick, like a press: a lesson step may be waiting for it.
      store.getState().activate(COMFORT_IDS.snapTurn)
    }
  })
  return <XROrigin ref={origin} />
}
