import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { Vector3, type Mesh, type MeshStandardMaterial } from 'three'
import { useTranslate } from '../../src/state/use-translate'
import { useAppStoreApi } from '../../src/state/store-context'
import { Interactable } from '../../src/ui/interactable'
import { useIsTarget } from '../../src/ui/use-interactable'
import { TUTORIAL_IDS } from './ids'
import { ROOM } from './layout'

/** Looking within this angle of the lamp, for this long, counts as having found it. */
const FOUND_WITHIN = Math.cos((14 * Math.PI) / 180)
const FOUND_AFTER_SECONDS = 0.6
const RADIUS = 0.09

const eye = new Vector3()
const gaze = new Vector3()
const toLamp = new Vector3()
const lampAt = new Vector3()

/**
 * A lamp that glows off to the visitor's side: the first lesson is to turn the head until it is in front of the
 * eyes. Looking at it a moment completes the step; pointing at it and pressing does too.
 */
export function GlowLamp() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const isTarget = useIsTarget(TUTORIAL_IDS.lamp)
  const bulb = useRef<Mesh>(null)
  const material = useRef<MeshStandardMaterial>(null)
  const lookedFor = useRef(0)
  const found = () => store.getState().activate(TUTORIAL_IDS.lamp)

  useFrame(({ camera, clock }, delta) => {
    const glow = material.current
    if (glow) glow.emissiveIntensity = isTarget ? 1.6 + Math.sin(clock.elapsedTime * 3) * 0.6 : 0.4
    const object = bulb.current
    if (!isTarget || !object) {
      lookedFor.current = 0
      return
    }
    camera.getWorldPosition(eye)
    camera.getWorldDirection(gaze)
    toLamp.copy(object.getWorldPosition(lampAt)).sub(eye).normalize()
    lookedFor.current = toLamp.dot(gaze) >= FOUND_WITHIN ? lookedFor.current + delta : 0
    if (lookedFor.current >= FOUND_AFTER_SECONDS) {
      lookedFor.current = -Infinity
      found()
    }
  })

  return (
    <group position={ROOM.lamp as unknown as [number, number, number]}>
      <mesh position={[0, -0.7, 0]}>
        <cylinderGeometry args={[0.015, 0.02, 1.2, 10]} />
        <meshStandardMaterial color="#6b6257" />
      </mesh>
      <Interactable
        id={TUTORIAL_IDS.lamp}
        name={t('tutorial.lamp')}
        size={[RADIUS * 2.4, RADIUS * 2.4]}
        rotation={[0, -Math.PI / 2, 0]}
        onActivate={found}
      >
        <mesh ref={bulb}>
          <sphereGeometry args={[RADIUS, 24, 16]} />
          <meshStandardMaterial ref={material} color="#ffd36b" emissive="#ffb300" emissiveIntensity={0.4} />
        </mesh>
      </Interactable>
    </group>
  )
}
