import { createContext, useContext, type ReactNode } from 'react'
import type { Workplace } from '../domain/workplace'

export type { Pose, Workplace } from '../domain/workplace'

const WorkplaceContext = createContext<Workplace | null>(null)

/** Gives the scene's workplace to what is placed by it (the held paper). */
export function WorkplaceProvider({ value, children }: { value: Workplace | null; children: ReactNode }) {
  return <WorkplaceContext.Provider value={value}>{children}</WorkplaceContext.Provider>
}

/** The scene's workplace in VR; null in a scene without one (the lobby). */
export function useWorkplace(): Workplace | null {
  return useContext(WorkplaceContext)
}
