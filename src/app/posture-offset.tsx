import type { ReactNode } from 'react'
import { useApp } from '../state/store-context'

/** How much lower everything sits for a seated visitor in VR: a standing eye is about 40 cm higher. */
const SEATED_DROP = 0.4

/** Lowers the world for a seated visitor in VR, so every control stays within reach. */
export function PostureOffset({ children }: { children: ReactNode }) {
  const drop = useApp((state) => (state.mode === 'vr' && state.posture === 'seated' ? SEATED_DROP : 0))
  return <group position={[0, -drop, 0]}>{children}</group>
}
