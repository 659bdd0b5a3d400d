import { useLayoutEffect, useRef } from 'react'

/**
 * A ref for a sticky bar that must stop under the console's own sticky header rather than slide beneath it: the
 * header's height changes as it wraps (a tablet puts the languages on a second row), so it is measured, and the
 * bar's `top` is written straight to its style, with no render.
 */
export function useBelowHeader<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useLayoutEffect(() => {
    const bar = ref.current
    const header = document.querySelector<HTMLElement>('.console-header')
    if (!bar || !header) return
    const place = () => {
      bar.style.top = `${header.offsetHeight}px`
    }
    place()
    const observer = new ResizeObserver(place)
    observer.observe(header)
    return () => observer.disconnect()
  }, [])
  return ref
}
