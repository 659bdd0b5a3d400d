import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { Station } from './station'

const StationContext = createContext<Station | null>(null)
const BadgeContext = createContext<StationBadgeInfo | null>(null)

/** What the lobby shows about the station: its name and pairing code. */
export interface StationBadgeInfo {
  name: string
  pairingCode: string
  /** False while staff have not approved the station: the badge asks for it. @default true */
  approved?: boolean
}

/** Makes this app's station (live link, kiosk, pose) available below it, and its badge to the scenes. */
export function StationProvider({ station, children }: { station: Station; children: ReactNode }) {
  return (
    <StationContext.Provider value={station}>
      <LiveBadge station={station}>{children}</LiveBadge>
    </StationContext.Provider>
  )
}

function LiveBadge({ station, children }: { station: Station; children: ReactNode }) {
  const name = useStore(station.store, (state) => state.name)
  const pairingCode = useStore(station.store, (state) => state.pairingCode)
  const approved = useStore(station.store, (state) => state.approved)
  return <StationBadgeProvider value={{ name, pairingCode, approved }}>{children}</StationBadgeProvider>
}

/** Sets the badge directly: the staff console's spectator view shows the watched station's. */
export function StationBadgeProvider({
  value,
  children,
}: {
  value: StationBadgeInfo | null
  children: ReactNode
}) {
  return <BadgeContext.Provider value={value}>{children}</BadgeContext.Provider>
}

/** This app's station, or null where there is none (tests, the staff console). */
export function useStation(): Station | null {
  return useContext(StationContext)
}

/** The name and code to show in the lobby, or null where there is no station. */
export function useStationBadge(): StationBadgeInfo | null {
  return useContext(BadgeContext)
}
