import { useEffect } from 'react'
import { useAppStoreApi } from '../state/store-context'

const TICK_MS = 1000

/** Lets time pass for the task engine once a second, so idle hints appear: a timer, not the render loop. */
export function TaskClock() {
  const store = useAppStoreApi()
  useEffect(() => {
    const timer = window.setInterval(() => store.getState().tick(), TICK_MS)
    return () => window.clearInterval(timer)
  }, [store])
  return null
}
