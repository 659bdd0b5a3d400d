import { useFrame } from '@react-three/fiber'
import { useMemo, useRef, useState, type ReactNode } from 'react'
import { Euler, Quaternion, Vector3, type Group, type Mesh } from 'three'
import { useApp, useAppStoreApi } from '../state/store-context'
import { Interactable } from './interactable'
import { useLayoutActivity } from './layout/layout-activity'
import { Panel } from './kit/panel'
import { useReadingView } from './reading-view'
import { useScreenShape } from './use-screen-shape'
import { useTheme } from './use-theme'
import { type Vec3, mutableVec3 } from '../domain/vec3'
import { useWorkplace } from './workplace'

/** Props of a paper that can be picked up to read. */
export interface HeldPaperProps {
  /** Interactable id; holding it sets the store's `heldItem` to this id. */
  id: string
  /** Accessible name, e.g. "Bill from Stadens Energi". */
  name: string
  /** Where it lies when not held. */
  position: Vec3
  /** How it lies when not held (Euler angles). */
  rotation: Vec3
  /** Width in metres; it is as tall as its content. */
  width: number
  /**
   * Width while held on an upright screen (a phone): a wide, low strip fits the top of the screen, and the
   * content reflows into it, as a reader view does. @default width
   */
  readingWidth?: number
  /** The paper's content: kit components, laid out on the sheet. */
  children: ReactNode
}

/**
 * In VR a held paper goes to the scene's place for it (its workplace's `paper`), beside the page, where it covers
 * nothing; in a scene without one, low in front of the chest, tilted up as a paper is held.
 */
const VR_HELD = {
  offset: new Vector3(-0.32, -0.34, -0.4),
  tilt: new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), -0.7),
}
const NO_TILT = new Quaternion()
/** A paper within 1 mm of its place on the desk has arrived there (squared, in metres). */
const ARRIVED_SQ = 1e-6

const scratchPosition = new Vector3()
const scratchOffset = new Vector3()
const scratchQuaternion = new Quaternion()
const scratchParentQuaternion = new Quaternion()

/**
 * A sheet of paper (a bill, a letter) that lies in the scene and, picked up with a trigger, grab, pinch, click
 * or tap, floats up to be read: in VR in front of the chest; on a screen where the screen camera keeps room
 * for it beside the work. Picking it up also counts as activating it.
 */
export function HeldPaper({
  id,
  name,
  position,
  rotation,
  width,
  readingWidth = width,
  children,
}: HeldPaperProps) {
  const store = useAppStoreApi()
  const theme = useTheme()
  const glide = theme.motion.glide
  const heldOnScreen = useApp((state) => state.heldItem === id && state.mode !== 'vr')
  const upright = useScreenShape() === 'portrait'
  const reflowed = heldOnScreen && upright
  const reading = useReadingView()
  const activity = useLayoutActivity()
  // Whether the paper has been held since it last lay on the desk: when it arrives back the screen camera, which framed
  // the step while it was still in the air, frames it again where it lies.
  const returning = useRef(false)
  const group = useRef<Group>(null)
  const paper = useRef<Mesh>(null)
  const [size, setSize] = useState<readonly [number, number]>([width, width * 1.4])
  const [rest] = useState(() => ({
    position: new Vector3(...position),
    quaternion: new Quaternion().setFromEuler(new Euler(...rotation)),
  }))
  const place = useWorkplace()?.paper
  // In the frame the paper lies in: the set's, as the workplace is given.
  const heldInVr = useMemo(
    () =>
      place && {
        position: new Vector3(...place.position),
        quaternion: new Quaternion().setFromEuler(new Euler(...place.rotation)),
      },
    [place],
  )

  useFrame(({ camera }, delta) => {
    const sheet = group.current
    if (!sheet?.parent) return
    const state = store.getState()
    if (state.heldItem === id && state.mode === 'vr' && heldInVr) {
      scratchPosition.copy(heldInVr.position)
      scratchQuaternion.copy(heldInVr.quaternion)
    } else if (state.heldItem === id) {
      const vr = state.mode === 'vr'
      camera.getWorldQuaternion(scratchQuaternion)
      camera.getWorldPosition(scratchPosition)
      scratchOffset.copy(vr ? VR_HELD.offset : reading.offset).applyQuaternion(scratchQuaternion)
      scratchPosition.add(scratchOffset)
      scratchQuaternion.multiply(vr ? VR_HELD.tilt : NO_TILT)
      sheet.parent.worldToLocal(scratchPosition)
      sheet.parent.getWorldQuaternion(scratchParentQuaternion)
      scratchQuaternion.premultiply(scratchParentQuaternion.invert())
    } else {
      scratchPosition.copy(rest.position)
      scratchQuaternion.copy(rest.quaternion)
    }
    // Reduced motion: the paper is where it goes at once, no glide.
    const ease = glide ? Math.min(1, delta * 8) : 1
    sheet.position.lerp(scratchPosition, ease)
    sheet.quaternion.slerp(scratchQuaternion, ease)
    const scale = state.heldItem === id && state.mode !== 'vr' ? reading.scale : 1
    sheet.scale.setScalar(sheet.scale.x + (scale - sheet.scale.x) * ease)
    // Set from the frame it is put down, so a paper that lands in one step (reduced motion, a slow frame) counts.
    if (state.heldItem === id) returning.current = true
    else if (returning.current && sheet.position.distanceToSquared(rest.position) <= ARRIVED_SQ) {
      returning.current = false
      activity?.settled()
    }
  })

  const fit = (paperWidth: number, paperHeight: number) => {
    paper.current?.scale.set(paperWidth, paperHeight, 1)
    reading.sizes.set(id, { width: paperWidth, height: paperHeight })
    setSize((old) => (Math.abs(old[1] - paperHeight) < 0.001 ? old : [paperWidth, paperHeight]))
  }

  return (
    <group ref={group} position={mutableVec3(position)} rotation={mutableVec3(rotation)}>
      <Interactable id={id} name={name} size={size} onActivate={() => store.getState().toggleHeld(id)}>
        <mesh ref={paper} position={[0, 0, -0.0012]}>
          <boxGeometry args={[1, 1, 0.002]} />
          <meshStandardMaterial color={theme.color.field} roughness={1} />
        </mesh>
        <Panel
          width={reflowed ? readingWidth : width}
          padding={0.018}
          gap={0.012}
          background={null}
          onResize={fit}
        >
          {children}
        </Panel>
      </Interactable>
    </group>
  )
}
