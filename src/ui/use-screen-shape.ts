import { useThree } from '@react-three/fiber'
import { useSyncExternalStore } from 'react'
import { useKit } from './kit/kit-context'

/**
 * The shape of the view the visitor has: 'portrait' on an upright tablet or a phone, else 'landscape' (a
 * headset always is). Panels pick a narrower width for portrait, and their content reflows, as web pages do.
 */
export function useScreenShape(): 'landscape' | 'portrait' {
  const portrait = useThree((state) => state.size.height > state.size.width)
  const { vr } = useKit()
  return portrait && !vr ? 'portrait' : 'landscape'
}

/** The screen's main pointer is a finger (a tablet, a phone), as the browser reports it. */
const coarsePointer = typeof matchMedia === 'function' ? matchMedia('(pointer: coarse)') : null

function onPointerKindChange(notify: () => void): () => void {
  coarsePointer?.addEventListener('change', notify)
  return () => coarsePointer?.removeEventListener('change', notify)
}

/** Whether the visitor taps a touch screen (not in VR): controls then grow to a finger's size. */
export function useTouchScreen(): boolean {
  const coarse = useSyncExternalStore(
    onPointerKindChange,
    () => coarsePointer?.matches ?? false,
    () => false,
  )
  const { vr } = useKit()
  return coarse && !vr
}
