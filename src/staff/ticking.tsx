import { useEffect, useRef, type ReactNode } from 'react'
import { useConsole } from './console-context'

/** Calls `update` now and every second with the server's time, for readouts that tick without re-rendering. */
function useServerTick(update: (serverNow: number) => void): void {
  const { store } = useConsole()
  const latest = useRef(update)
  useEffect(() => {
    latest.current = update
  })
  useEffect(() => {
    const run = () => latest.current(Date.now() + store.getState().clockOffsetMs)
    run()
    const timer = window.setInterval(run, 1000)
    return () => window.clearInterval(timer)
  }, [store])
}

/** Text that is rewritten every second, e.g. an elapsed time, by writing `textContent` rather than re-rendering. */
export function TickingText({
  text,
  className,
}: {
  text: (serverNow: number) => string
  className?: string
}) {
  const span = useRef<HTMLSpanElement>(null)
  useServerTick((serverNow) => {
    if (span.current) span.current.textContent = text(serverNow)
  })
  return <span ref={span} className={className} />
}

/** Children shown only while `visible` holds, checked every second. */
export function TickingVisibility({
  visible,
  children,
  className,
}: {
  visible: (serverNow: number) => boolean
  children: ReactNode
  className?: string
}) {
  const box = useRef<HTMLSpanElement>(null)
  useServerTick((serverNow) => {
    if (box.current) box.current.hidden = !visible(serverNow)
  })
  return (
    <span ref={box} className={className} hidden>
      {children}
    </span>
  )
}
