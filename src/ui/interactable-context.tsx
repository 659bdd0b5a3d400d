import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { InteractableEntry, InteractableRegistry } from './interactable-registry'

const RegistryContext = createContext<InteractableRegistry | null>(null)

export function InteractableRegistryProvider({
  registry,
  children,
}: {
  registry: InteractableRegistry
  children: ReactNode
}) {
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>
}

export function useInteractableRegistry(): InteractableRegistry {
  const registry = useContext(RegistryContext)
  if (!registry) throw new Error('useInteractableRegistry must be used inside <InteractableRegistryProvider>')
  return registry
}

/** The interactables now in the scene; re-renders when they change. */
export function useInteractables(): InteractableEntry[] {
  const registry = useInteractableRegistry()
  return useSyncExternalStore(registry.subscribe, registry.list)
}

/** Whether the element with this id has keyboard focus through its DOM mirror. */
export function useHasFocus(id: string): boolean {
  const registry = useInteractableRegistry()
  return useSyncExternalStore(registry.subscribe, () => registry.focusedId() === id)
}
