import { useEffect, useState } from 'react'

/** Whole seconds left until `endsAt` (ms since the epoch), updated each second; 0 when null or past. */
export function useCountdown(endsAt: number | null): number {
  const secondsLeft = () => (endsAt === null ? 0 : Math.max(0, Math.ceil((endsAt - Date.now()) / 1000)))
  const [left, setLeft] = useState(secondsLeft)
  useEffect(() => {
    const update = () => setLeft(endsAt === null ? 0 : Math.max(0, Math.ceil((endsAt - Date.now()) / 1000)))
    update()
    if (endsAt === null) return
    const timer = window.setInterval(update, 250)
    return () => window.clearInterval(timer)
  }, [endsAt])
  return left
}
