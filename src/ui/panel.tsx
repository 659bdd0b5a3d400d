import { RoundedBox } from '@react-three/drei'
import type { ReactNode } from 'react'
import { THEME } from './theme'

/** Props of a flat in-world panel that holds text and controls. */
export interface PanelProps {
  width: number
  height: number
  position?: readonly [number, number, number]
  rotation?: readonly [number, number, number]
  /** @default THEME.color.panel */
  color?: string
  children?: ReactNode
}

/** A rounded board; its children sit on its front face. */
export function Panel({
  width,
  height,
  position,
  rotation,
  color = THEME.color.panel,
  children,
}: PanelProps) {
  return (
    <group
      position={position as [number, number, number] | undefined}
      rotation={rotation as [number, number, number] | undefined}
    >
      <RoundedBox args={[width, height, 0.02]} radius={0.015} smoothness={3} position={[0, 0, -0.011]}>
        <meshStandardMaterial color={color} roughness={0.9} />
      </RoundedBox>
      {/* Lifted so controls (half their depth) and text sit on the face, not in it. */}
      <group position={[0, 0, THEME.size.depth / 2 + 0.001]}>{children}</group>
    </group>
  )
}
