import { useFrame } from '@react-three/fiber'
import { useLayoutEffect, useRef } from 'react'
import { MeshBasicMaterial, Shape, ShapeGeometry, type Mesh } from 'three'
import type { BoxLayout, LayoutNode } from './layout/layout-node'
import { LAYER_DEPTH } from './layout/layout-tree'
import { useTheme } from './use-theme'

/** Props of the glowing frame around the next thing to use. */
export interface HighlightFrameProps {
  /** Width and height of the element it surrounds, in metres; or the layout box it follows. */
  size: readonly [number, number] | LayoutNode
  /** 'target' pulses in the highlight colour (steady when motion is reduced); 'focus' is a steady focus ring. */
  kind: 'target' | 'focus'
}

const BORDER = { target: 0.01, focus: 0.007 } as const
/** Space between the element and its frame, so the frame never hides the element's edge. */
const GAP = { target: 0.003, focus: 0.012 } as const

/** A ring around a `width` × `height` element: made when the size changes, never per frame. */
function ringGeometry(width: number, height: number, kind: HighlightFrameProps['kind']): ShapeGeometry {
  const inner = { x: width / 2 + GAP[kind], y: height / 2 + GAP[kind] }
  const outer = { x: inner.x + BORDER[kind], y: inner.y + BORDER[kind] }
  const shape = new Shape()
  shape
    .moveTo(-outer.x, -outer.y)
    .lineTo(outer.x, -outer.y)
    .lineTo(outer.x, outer.y)
    .lineTo(-outer.x, outer.y)
  const hole = new Shape()
  hole.moveTo(-inner.x, -inner.y).lineTo(-inner.x, inner.y).lineTo(inner.x, inner.y).lineTo(inner.x, -inner.y)
  shape.holes.push(hole)
  return new ShapeGeometry(shape)
}

const materials = new Map<string, MeshBasicMaterial>()

/**
 * The material of every frame of one kind and colour: shared, and never disposed. Frames come and go with each
 * step; with a material of its own, disposed with it, the last frame to go took three's shader program with it,
 * and the next step's frame linked it again: a long task of a second or more on a headset-class CPU. Every frame
 * of a kind pulses alike, so one material serves them all.
 */
export function highlightMaterial(kind: HighlightFrameProps['kind'], color: string): MeshBasicMaterial {
  const key = `${kind} ${color}`
  let material = materials.get(key)
  if (!material) {
    material = new MeshBasicMaterial({ color, transparent: true, opacity: 1, toneMapped: false })
    materials.set(key, material)
  }
  return material
}

/** A pulsing ring around an element: the visitor's cue for what to use next, never covering it. */
export function HighlightFrame({ size, kind }: HighlightFrameProps) {
  const theme = useTheme()
  const mesh = useRef<Mesh>(null)
  const material = highlightMaterial(kind, kind === 'target' ? theme.color.highlight : theme.color.focus)

  useLayoutEffect(() => {
    const frame = mesh.current
    if (!frame) return
    let shown = ''
    const fit = (width: number, height: number, hidden: boolean) => {
      frame.visible = !hidden
      const key = `${width.toFixed(4)}x${height.toFixed(4)}`
      if (key === shown) return
      shown = key
      frame.geometry.dispose()
      frame.geometry = ringGeometry(width, height, kind)
    }
    const follow = (layout: BoxLayout) => fit(layout.width, layout.height, layout.hidden)
    let stop = () => {}
    if ('onLayout' in size) {
      follow(size.layout)
      stop = size.onLayout(follow)
    } else fit(size[0], size[1], false)
    return () => {
      stop()
      // The ring is the frame's own; the shared material stays for the next frame.
      frame.geometry.dispose()
    }
  }, [size, kind])

  const pulse = kind === 'target' && theme.motion.pulse
  useFrame(({ clock }) => {
    // Reduced motion: a steady ring, never a pulse.
    material.opacity = pulse ? 0.55 + 0.45 * Math.sin(clock.elapsedTime * 4) : 1
  })
  // In front of the element's own face: the ring lies outside it, so it hides nothing of it.
  return (
    <mesh ref={mesh} material={material} position={[0, 0, LAYER_DEPTH * 0.8]} raycast={() => undefined} />
  )
}
