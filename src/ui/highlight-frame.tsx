import { useFrame } from '@react-three/fiber'
import { useLayoutEffect, useRef } from 'react'
import type { Mesh, MeshBasicMaterial } from 'three'
import type { BoxLayout, LayoutNode } from './layout/layout-node'
import { LAYER_DEPTH } from './layout/layout-tree'
import { THEME } from './theme'

/** Props of the glowing frame around the next thing to use. */
export interface HighlightFrameProps {
  /** Width and height of the element it surrounds, in metres; or the layout box it follows. */
  size: readonly [number, number] | LayoutNode
  /** 'target' pulses in amber; 'focus' is a steady keyboard-focus ring. */
  kind: 'target' | 'focus'
}

const BORDER = 0.012
const FOCUS_EXTRA = 0.01

/** A pulsing frame just behind an element: the visitor's cue for what to use next. */
export function HighlightFrame({ size, kind }: HighlightFrameProps) {
  const mesh = useRef<Mesh>(null)
  const material = useRef<MeshBasicMaterial>(null)
  const border = BORDER * 2 + (kind === 'focus' ? FOCUS_EXTRA : 0)

  useLayoutEffect(() => {
    const frame = mesh.current
    if (!frame) return
    const fit = (width: number, height: number, hidden: boolean) => {
      frame.scale.set(width + border, height + border, 1)
      frame.visible = !hidden
    }
    if (!('onLayout' in size)) return fit(size[0], size[1], false)
    const follow = (layout: BoxLayout) => fit(layout.width, layout.height, layout.hidden)
    follow(size.layout)
    return size.onLayout(follow)
  }, [size, border])

  useFrame(({ clock }) => {
    if (kind === 'target' && material.current) {
      material.current.opacity = 0.55 + 0.45 * Math.sin(clock.elapsedTime * 4)
    }
  })
  return (
    <mesh ref={mesh} position={[0, 0, -LAYER_DEPTH / 2]} raycast={() => undefined}>
      <planeGeometry args={[1, 1]} />
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
