import { useLayoutEffect } from 'react'
import type { BoxLayout } from '../layout/layout-node'
import { LAYER_DEPTH } from '../layout/layout-tree'
import type { RectShape } from '../layout/rect-batch'
import { useBox } from './layout-scope'

/** A small symbol drawn from bars, since the fonts have no arrows or ticks. */
export type MarkKind =
  'tick' | 'dot' | 'chevron-up' | 'chevron-down' | 'chevron-start' | 'chevron-end' | 'cross'

/** Props of a mark. */
export interface MarkProps {
  kind: MarkKind
  /** Width and height in metres. */
  size: number
  color: string
}

/** Bars of a mark within a unit square (centre x, y, length, turn), in a left-to-right reading direction. */
const BARS: Record<MarkKind, readonly (readonly [number, number, number, number])[]> = {
  tick: [
    [-0.2, -0.06, 0.42, -Math.PI / 4],
    [0.12, 0.04, 0.74, Math.PI / 3.4],
  ],
  dot: [[0, 0, 0.55, 0]],
  cross: [
    [0, 0, 0.9, Math.PI / 4],
    [0, 0, 0.9, -Math.PI / 4],
  ],
  'chevron-up': [
    [-0.18, 0.02, 0.62, Math.PI / 4],
    [0.18, 0.02, 0.62, -Math.PI / 4],
  ],
  'chevron-down': [
    [-0.18, -0.02, 0.62, -Math.PI / 4],
    [0.18, -0.02, 0.62, Math.PI / 4],
  ],
  'chevron-start': [
    [0.02, 0.18, 0.62, Math.PI / 4],
    [0.02, -0.18, 0.62, -Math.PI / 4],
  ],
  'chevron-end': [
    [-0.02, 0.18, 0.62, -Math.PI / 4],
    [-0.02, -0.18, 0.62, Math.PI / 4],
  ],
}
const THICKNESS = 0.16

/** A tick, dot, cross or chevron in the panel's rectangle batch; chevrons to start and end mirror for RTL. */
export function Mark({ kind, size, color }: MarkProps) {
  const { node, ref, scope } = useBox({ width: size, height: size })
  useLayoutEffect(() => {
    const bars = BARS[kind]
    const slots = bars.map(() => scope.rects.allocate())
    const draw = (layout: BoxLayout) => {
      const mirror = scope.tree.dir === 'rtl' && (kind === 'chevron-start' || kind === 'chevron-end') ? -1 : 1
      bars.forEach(([x, y, length, turn], index) => {
        const slot = slots[index]
        if (slot === undefined) return
        const round = kind === 'dot'
        const rect: RectShape = {
          x: layout.x + x * size * mirror,
          y: layout.y + y * size,
          z: layout.z + LAYER_DEPTH / 2,
          width: length * size,
          height: round ? length * size : THICKNESS * size,
          radius: round ? (length * size) / 2 : (THICKNESS * size) / 2,
          clip: layout.clip,
          rotation: turn * mirror,
        }
        scope.rects.set(slot, rect, color)
      })
    }
    draw(node.layout)
    const stop = node.onLayout(draw)
    return () => {
      stop()
      for (const slot of slots) scope.rects.release(slot)
    }
  }, [node, scope.rects, scope.tree, kind, size, color])
  return <group ref={ref} />
}
