import { useFrame } from '@react-three/fiber'
import { useRef, type ReactNode } from 'react'
import { Quaternion, Vector3, type Group } from 'three'
import { useTheme } from './use-theme'

const head = new Vector3()
const forward = new Vector3()
const target = new Vector3()
const facing = new Quaternion()
/** A panel's readable face points along +Z. */
const FRONT = new Vector3(0, 0, 1)
/** With reduced motion the panel stays put until the visitor looks this far away (cosine of 25°), then jumps. */
const JUMP_WHEN_COS_BELOW = Math.cos((25 * Math.PI) / 180)
const placedForward = new Vector3()

/** Props of a group that floats in front of the visitor. */
export interface HeadFollowerProps {
  /** Metres in front of the eyes. @default 1.1 */
  distance?: number
  /** Metres below eye level. @default 0.05 */
  drop?: number
  /**
   * Shrinks the children, to float them nearer than the scene (in front of a desk) at the same apparent size:
   * half the size at half the distance looks the same. @default 1
   */
  scale?: number
  children: ReactNode
}

/**
 * Keeps its children in front of the visitor, upright and facing them, following lazily so that reading is
 * comfortable: wherever the visitor looks when it appears, it is there.
 */
export function HeadFollower({ distance = 1.1, drop = 0.05, scale = 1, children }: HeadFollowerProps) {
  const group = useRef<Group>(null)
  const placed = useRef(false)
  const glide = useTheme().motion.glide
  useFrame(({ camera }, delta) => {
    const object = group.current
    if (!object) return
    camera.getWorldPosition(head)
    camera.getWorldDirection(forward)
    forward.y = 0
    if (forward.lengthSq() < 1e-6) forward.set(0, 0, -1)
    forward.normalize()
    if (!glide && placed.current) {
      // Reduced motion: no drifting after the head; only a jump once the panel is well out of the way.
      placedForward.set(0, 0, -1).applyQuaternion(object.quaternion)
      if (placedForward.dot(forward) > JUMP_WHEN_COS_BELOW) return
    }
    target.copy(head).addScaledVector(forward, distance)
    target.y -= drop
    // Turned to face the visitor: its front along the way back to the eyes.
    facing.setFromUnitVectors(FRONT, forward.negate())
    object.parent?.worldToLocal(target)
    const ease = placed.current && glide ? Math.min(1, delta * 2) : 1
    object.position.lerp(target, ease)
    object.quaternion.slerp(facing, ease)
    placed.current = true
  })
  return (
    <group ref={group} scale={scale}>
      {children}
    </group>
  )
}
