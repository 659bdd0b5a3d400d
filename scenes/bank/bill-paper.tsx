import { useFrame } from '@react-three/fiber'
import { useRef, useState } from 'react'
import { Quaternion, Vector3, type Group, type Mesh } from 'three'
import { useTranslate } from '../../src/i18n/use-translate'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Interactable } from '../../src/ui/interactable'
import { Row, Stack } from '../../src/ui/kit/box'
import { Panel } from '../../src/ui/kit/panel'
import { Text } from '../../src/ui/kit/text'
import { THEME } from '../../src/ui/theme'
import { PRACTICE_BILL } from './bill'
import { billDates, formatDate } from './practice-details'

const ID = 'bank.bill'
const WIDTH = 0.24
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
  const paper = useRef<Mesh>(null)
  const [size, setSize] = useState<readonly [number, number]>([WIDTH, 0.34])

  useFrame(({ camera }, delta) => {
    const bill = group.current
    if (!bill?.parent) return
    if (store.getState().heldItem === ID) {
      const pose = HELD_POSE[store.getState().mode]
      camera.getWorldQuaternion(scratchQuaternion)
      camera.getWorldPosition(scratchPosition)
      scratchPosition.add(scratchOffset.copy(pose.offset).applyQuaternion(scratchQuaternion))
      scratchQuaternion.multiply(pose.tilt)
      bill.parent.worldToLocal(scratchPosition)
      bill.parent.getWorldQuaternion(scratchParentQuaternion)
      scratchQuaternion.premultiply(scratchParentQuaternion.invert())
    } else {
      scratchPosition.copy(ON_DESK)
      scratchQuaternion.copy(ON_DESK_ROTATION)
    }
    const ease = Math.min(1, delta * 8)
    bill.position.lerp(scratchPosition, ease)
    bill.quaternion.slerp(scratchQuaternion, ease)
  })

  const fit = (width: number, height: number) => {
    paper.current?.scale.set(width, height, 1)
    setSize((old) => (Math.abs(old[1] - height) < 0.001 ? old : [width, height]))
  }

  const { due } = billDates(startedAt)
  const rows: [string, string][] = [
    [t('bank.bill.bankgiro'), PRACTICE_BILL.bankgiro],
    [t('bank.bill.ocr'), PRACTICE_BILL.ocr],
    [t('bank.bill.due'), formatDate(due, locale)],
  ]
  const small = 0.012
  return (
    <group
      ref={group}
      position={ON_DESK.toArray()}
      quaternion={ON_DESK_ROTATION.toArray() as [number, number, number, number]}
    >
      <Interactable
        id={ID}
        name={t('bank.name.bill')}
        size={size}
        onActivate={() => store.getState().toggleHeld(ID)}
      >
        <mesh ref={paper} position={[0, 0, -0.0012]}>
          <boxGeometry args={[1, 1, 0.002]} />
          <meshStandardMaterial color="#ffffff" roughness={1} />
        </mesh>
        <Panel width={WIDTH} padding={0.018} gap={0.012} background={null} onResize={fit}>
          <Stack gap={0.002}>
            <Text size={small} color={THEME.color.mutedText}>
              {t('bank.bill.title')}
            </Text>
            <Text size={0.02} bold>
              {PRACTICE_BILL.payee}
            </Text>
          </Stack>
          {rows.map(([label, value]) => (
            <Stack key={label} gap={0.002}>
              <Text size={small} color={THEME.color.mutedText}>
                {label}
              </Text>
              <Text size={0.018} bold nowrap>
                {value}
              </Text>
            </Stack>
          ))}
          <Row
            background="#eef2f7"
            radius={0.004}
            justify="space-between"
            wrap
            style={{ padding: 0.008, columnGap: 0.008 }}
          >
            <Text size={0.014} style={{ flexShrink: 1 }}>
              {t('bank.bill.amount')}
            </Text>
            <Text size={0.024} bold nowrap>
              {t('bank.bill.kr', { amount: `${PRACTICE_BILL.amount},00` })}
            </Text>
          </Row>
        </Panel>
      </Interactable>
    </group>
  )
}
