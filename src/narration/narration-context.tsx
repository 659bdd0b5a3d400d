import { createContext, useContext, type ReactNode } from 'react'
import type { Narrator } from './narrator'

const NarratorContext = createContext<Narrator | null>(null)

/** Makes the page's narrator available to the app (none in component tests and the staff spectator view). */
export function NarratorProvider({ narrator, children }: { narrator: Narrator | null; children: ReactNode }) {
  return <NarratorContext.Provider value={narrator}>{children}</NarratorContext.Provider>
}

/** The narrator, or null where nothing is read aloud. */
export function useNarrator(): Narrator | null {
  return useContext(NarratorContext)
}
