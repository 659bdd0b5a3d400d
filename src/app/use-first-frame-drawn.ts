import { useEffect, useState } from 'react'
import type { RenderProbe } from './render-probe'

/** How often the first frame is looked for: on a timer, as a page in an XR session gets no animation frames. */
const POLL_MS = 50

/**
 * Whether the 3D view has drawn its first frame: what the lobby does not need waits for it, so the page's first
 * script holds only what that frame needs. Watched outside the render loop, and it changes once.
 */
export function useFirstFrameDrawn(probe: Pick<RenderProbe, 'frames'>): boolean {
  const [drawn, setDrawn] = useState(probe.frames > 0)
  useEffect(() => {
    if (drawn) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = () => {
      if (probe.frames > 0) setDrawn(true)
      else timer = setTimeout(check, POLL_MS)
    }
    check()
    return () => clearTimeout(timer)
  }, [probe, drawn])
  return drawn
}
