import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { AppState, AppStore } from './app-store'

const AppStoreContext = createContext<AppStore | null>(null)

/** Makes one app store available below it: the visitor's own, or a staff spectator's mirror. */
export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>
}

/** The app store object itself, for actions and non-reactive reads. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext)
  if (!store) throw new Error('useApp must be used inside <AppStoreProvider>')
  return store
}

/** Selects a slice of app state; the component re-renders only when that slice changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector)
}
