import { useThree } from '@react-three/fiber'
import { useApp } from '../state/store-context'

/**
 * The shape of the view the visitor has: 'portrait' on an upright tablet or a phone, else 'landscape' (a
 * headset always is). Panels pick a narrower width for portrait, and their content reflows, as web pages do.
 */
export function useScreenShape(): 'landscape' | 'portrait' {
  const portrait = useThree((state) => state.size.height > state.size.width)
  const vr = useApp((state) => state.mode === 'vr')
  return portrait && !vr ? 'portrait' : 'landscape'
}
