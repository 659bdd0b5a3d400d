import { useLayoutEffect } from 'react'
import type { BoxLayout } from '../ui/layout/layout-node'
import { LAYER_DEPTH } from '../ui/layout/layout-tree'
import { useBox } from '../ui/kit/layout-scope'
import { FACE_COLORS, FACE_INK, MOUTH_CURVE } from './face-icon'
import type { ConfidenceValue } from '../domain/survey-answers'

/** Round parts of a face in a unit square: centre x, y and diameter. */
const HEAD = [0, 0, 0.92] as const
const EYES = [
  [-0.15, 0.1, 0.12],
  [0.15, 0.1, 0.12],
] as const
const MOUTH_BARS = 3
const MOUTH_WIDTH = 0.44

/** A face for the confidence scale in 3D, drawn with the panel's own rounded rectangles: no extra draw call. */
export function FaceMark({ value, size }: { value: ConfidenceValue; size: number }) {
  const { node, ref, scope } = useBox({ width: size, height: size })
  useLayoutEffect(() => {
    const slots = Array.from({ length: 1 + EYES.length + MOUTH_BARS }, () => scope.rects.allocate())
    const draw = (layout: BoxLayout) => {
      const z = layout.z + LAYER_DEPTH / 2
      const round = (
        [x, y, diameter]: readonly [number, number, number],
        color: string,
        slot: number,
        lift: number,
      ) =>
        scope.rects.set(
          slot,
          {
            x: layout.x + x * size,
            y: layout.y + y * size,
            z: z + lift,
            width: diameter * size,
            height: diameter * size,
            radius: (diameter * size) / 2,
            clip: layout.clip,
          },
          color,
        )
      const [head, ...rest] = slots
      if (head === undefined) return
      round(HEAD, FACE_COLORS[value], head, 0)
      EYES.forEach((eye, index) => round(eye, FACE_INK, rest[index] ?? head, LAYER_DEPTH / 4))
      // The mouth: three bars along a curve that smiles, frowns or stays flat.
      const curve = MOUTH_CURVE[value] * 0.08
      for (let bar = 0; bar < MOUTH_BARS; bar++) {
        const slot = rest[EYES.length + bar]
        if (slot === undefined) continue
        const t = bar / (MOUTH_BARS - 1) - 0.5
        const segment = MOUTH_WIDTH / MOUTH_BARS
        scope.rects.set(
          slot,
          {
            x: layout.x + t * (MOUTH_WIDTH - segment) * size,
            y: layout.y + (-0.2 + curve * 4 * t * t - curve) * size,
            z: z + LAYER_DEPTH / 4,
            width: segment * 1.25 * size,
            height: 0.07 * size,
            radius: 0.035 * size,
            clip: layout.clip,
            rotation: Math.atan((curve * 8 * t * (MOUTH_WIDTH - segment)) / segment / 2.4),
          },
          FACE_INK,
        )
      }
    }
    draw(node.layout)
    const stop = node.onLayout(draw)
    return () => {
      stop()
      for (const slot of slots) scope.rects.release(slot)
    }
  }, [node, scope.rects, value, size])
  return <group ref={ref} />
}
