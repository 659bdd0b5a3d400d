import { useLayoutEffect, useRef } from 'react'
import type { LayoutNode } from '../layout/layout-node'
import type { RectBatch } from '../layout/rect-batch'

/**
 * Draws a box's background in the panel's rectangle batch and keeps it on the box after every layout.
 * Colour changes (hover, checked) only recolour the rectangle: no new layout.
 */
export function useBackground(
  node: LayoutNode,
  rects: RectBatch,
  color: string | undefined,
  radius: number,
): void {
  const slot = useRef<number | null>(null)
  const colorRef = useRef(color)
  const drawn = color !== undefined

  useLayoutEffect(() => {
    if (!drawn) return
    const allocated = rects.allocate()
    slot.current = allocated
    const draw = () => rects.set(allocated, { ...node.layout, radius }, colorRef.current ?? '#000000')
    draw()
    const stop = node.onLayout(draw)
    return () => {
      stop()
      rects.release(allocated)
      slot.current = null
    }
  }, [node, rects, drawn, radius])

  useLayoutEffect(() => {
    colorRef.current = color
    if (slot.current !== null && color !== undefined) rects.setColor(slot.current, color)
  }, [rects, color])
}
