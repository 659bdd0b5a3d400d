import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type { MeshBasicMaterial } from 'three'
import { THEME } from './theme'

/** Props of the glowing frame around the next thing to use. */
export interface HighlightFrameProps {
  /** Width and height of the element it surrounds, in metres. */
  size: readonly [number, number]
  /** 'target' pulses in amber; 'focus' is a steady keyboard-focus ring. */
  kind: 'target' | 'focus'
}

const BORDER = 0.012

/** A pulsing frame behind an element: the visitor's cue for what to use next. */
export function HighlightFrame({ size: [width, height], kind }: HighlightFrameProps) {
  const material = useRef<MeshBasicMaterial>(null)
  useFrame(({ clock }) => {
    if (kind === 'target' && material.current) {
      material.current.opacity = 0.55 + 0.45 * Math.sin(clock.elapsedTime * 4)
    }
  })
  return (
    <mesh position={[0, 0, -0.004]} raycast={() => undefined}>
      <planeGeometry
        args={[
          width + BORDER * 2 + (kind === 'focus' ? 0.01 : 0),
          height + BORDER * 2 + (kind === 'focus' ? 0.01 : 0),
        ]}
      />
      <meshBasicMaterial
        ref={material}
        color={kind === 'target' ? THEME.color.highlight : THEME.color.focus}
        transparent
        opacity={1}
        toneMapped={false}
      />
    </mesh>
  )
}
