import { useFrame } from '@react-three/fiber'

/** Rendered frames, counted in a plain object so tests can wait on frames without re-rendering. */
export interface FrameCount {
  frames: number
}

export function FrameCounter({ count }: { count: FrameCount }) {
  useFrame(() => {
    count.frames++
  })
  return null
}
