import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { Quaternion, Vector3, type Group } from 'three'
import { useTranslate } from '../../src/i18n/use-translate'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Interactable } from '../../src/ui/interactable'
import { THEME } from '../../src/ui/theme'
import { UiText } from '../../src/ui/ui-text'
import { PRACTICE_BILL } from './bill'
import { billDates, formatDate } from './practice-details'

const ID = 'bank.bill'
const WIDTH = 0.24
const HEIGHT = 0.34
const ON_DESK = new Vector3(-0.62, 0.97, -0.5)
const ON_DESK_ROTATION = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), -Math.PI / 2 + 0.35)
/**
 * Held up to read, relative to the eyes. On a screen: lower left of the view, so the bank's screen stays
 * visible. In VR: low, in front of the chest and tilted up, as a paper is held, below the screen and
 * the instructions.
 */
const HELD_POSE = {
  desktop: { offset: new Vector3(-0.22, -0.06, -0.62), tilt: new Quaternion() },
  vr: {
    offset: new Vector3(-0.32, -0.34, -0.4),
    tilt: new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), -0.7),
  },
} as const

const scratchPosition = new Vector3()
const scratchOffset = new Vector3()
const scratchQuaternion = new Quaternion()
const scratchParentQuaternion = new Quaternion()

/** The paper bill: lies on the desk; picked up (trigger, grab, pinch or click) it floats up to be read. */
export function BillPaper() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const locale = useApp((state) => state.locale)
  const startedAt = useApp((state) => state.sessionStartedAt)
  const group = useRef<Group>(null)

  useFrame(({ camera }, delta) => {
    const paper = group.current
    if (!paper?.parent) return
    if (store.getState().heldItem === ID) {
      const pose = HELD_POSE[store.getState().mode]
      camera.getWorldQuaternion(scratchQuaternion)
      camera.getWorldPosition(scratchPosition)
      scratchPosition.add(scratchOffset.copy(pose.offset).applyQuaternion(scratchQuaternion))
      scratchQuaternion.multiply(pose.tilt)
      paper.parent.worldToLocal(scratchPosition)
      paper.parent.getWorldQuaternion(scratchParentQuaternion)
      scratchQuaternion.premultiply(scratchParentQuaternion.invert())
    } else {
      scratchPosition.copy(ON_DESK)
      scratchQuaternion.copy(ON_DESK_ROTATION)
    }
    const ease = Math.min(1, delta * 8)
    paper.position.lerp(scratchPosition, ease)
    paper.quaternion.slerp(scratchQuaternion, ease)
  })

  const { due } = billDates(startedAt)
  const rows: [string, string][] = [
    [t('bank.bill.payee'), PRACTICE_BILL.payee],
    [t('bank.bill.bankgiro'), PRACTICE_BILL.bankgiro],
    [t('bank.bill.ocr'), PRACTICE_BILL.ocr],
    [t('bank.bill.due'), formatDate(due, locale)],
  ]
  return (
    <group
      ref={group}
      position={ON_DESK.toArray()}
      quaternion={ON_DESK_ROTATION.toArray() as [number, number, number, number]}
    >
      <Interactable
        id={ID}
        name={t('bank.name.bill')}
        size={[WIDTH, HEIGHT]}
        onActivate={() => store.getState().toggleHeld(ID)}
      >
        <mesh>
          <boxGeometry args={[WIDTH, HEIGHT, 0.002]} />
          <meshStandardMaterial color="#ffffff" roughness={1} />
        </mesh>
        <group position={[0, 0, 0.0015]}>
          <UiText
            position={[-WIDTH / 2 + 0.02, HEIGHT / 2 - 0.022, 0]}
            anchorX="left"
            fontSize={0.012}
            color={THEME.color.mutedText}
          >
            {t('bank.bill.title')}
          </UiText>
          <UiText position={[-WIDTH / 2 + 0.02, HEIGHT / 2 - 0.045, 0]} anchorX="left" fontSize={0.02} bold>
            {PRACTICE_BILL.payee}
          </UiText>
          {rows.map(([label, value], index) => (
            <group key={label} position={[-WIDTH / 2 + 0.02, HEIGHT / 2 - 0.09 - index * 0.048, 0]}>
              <UiText anchorX="left" fontSize={0.012} color={THEME.color.mutedText}>
                {label}
              </UiText>
              <UiText position={[0, -0.019, 0]} anchorX="left" fontSize={0.018} bold>
                {value}
              </UiText>
            </group>
          ))}
          <mesh position={[0, -HEIGHT / 2 + 0.05, -0.0005]}>
            <planeGeometry args={[WIDTH - 0.03, 0.06]} />
            <meshBasicMaterial color="#eef2f7" />
          </mesh>
          <UiText position={[-WIDTH / 2 + 0.025, -HEIGHT / 2 + 0.05, 0]} anchorX="left" fontSize={0.014}>
            {t('bank.bill.amount')}
          </UiText>
          <UiText position={[WIDTH / 2 - 0.025, -HEIGHT / 2 + 0.05, 0]} anchorX="right" fontSize={0.026} bold>
            {t('bank.bill.kr', { amount: `${PRACTICE_BILL.amount},00` })}
          </UiText>
        </group>
      </Interactable>
    </group>
  )
}
