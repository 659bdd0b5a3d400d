import { createContext, useContext, useState, type ReactNode } from 'react'

/** Tells whoever listens that some panel in the canvas finished a new layout (it grew, shrank or reflowed). */
export interface LayoutActivity {
  settled(): void
  subscribe(listener: () => void): () => void
}

const LayoutActivityContext = createContext<LayoutActivity | null>(null)

/** One channel for the canvas, so the screen camera re-frames the moment a panel changes size. */
export function LayoutActivityProvider({ children }: { children: ReactNode }) {
  const [activity] = useState<LayoutActivity>(() => {
    const listeners = new Set<() => void>()
    return {
      settled: () => {
        for (const listener of listeners) listener()
      },
      subscribe: (listener) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    }
  })
  return <LayoutActivityContext.Provider value={activity}>{children}</LayoutActivityContext.Provider>
}

/** The canvas's layout channel, or null where nobody listens (component tests, the staff spectator view). */
export function useLayoutActivity(): LayoutActivity | null {
  return useContext(LayoutActivityContext)
}
