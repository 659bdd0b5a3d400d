import { createStore, type StoreApi } from 'zustand/vanilla'
import { DEFAULT_LOCALE, type Locale } from '../domain/locales'
import type { TextKey } from '../i18n/text-key'
import type { StationSummary } from '../live/protocol'
import type { StaffLogin } from '../live/staff-login'
import type { LinkStatus } from '../live/reconnecting-socket'

/** The console's slow state. Poses for the spectator view are not here: they arrive at 10 Hz. */
export interface ConsoleState {
  /** The console's own language; each station's texts show in the station's language. */
  locale: Locale
  login: StaffLogin | null
  /** Why the login screen shows, as a text key (e.g. an expired login). */
  loginNotice: TextKey | null
  link: LinkStatus
  stations: readonly StationSummary[]
  /** The server's clock minus this device's, so times on the server's clock tick correctly here. */
  clockOffsetMs: number
  selectedId: string | null
  /** Whether the selected station's view is shown. */
  spectating: boolean
  /** What the console shows: the live stations, the statistics, or the authoring studio. */
  view: ConsoleView
  /** The server's answer to the last approval of a station by its code, until the next one is asked. */
  pairing: { pairingCode: string; outcome: 'approved' | 'not-found' | 'full' } | null
}

/** The console's two views, each with its own address so a reload keeps it. */
export type ConsoleView = 'stations' | 'statistics' | 'studio'

/** The address of each view. */
export const VIEW_PATHS: Record<ConsoleView, string> = {
  stations: '/staff',
  statistics: '/staff/stats',
  studio: '/staff/studio',
}

/** The view an address shows. */
export function viewOfPath(pathname: string): ConsoleView {
  const path = pathname.replace(/\/+$/, '')
  if (path === VIEW_PATHS.statistics) return 'statistics'
  return path === VIEW_PATHS.studio ? 'studio' : 'stations'
}

export type ConsoleStore = StoreApi<ConsoleState>

/** The storage key in `sessionStorage`: a login lasts for the tab, and never past its expiry. */
export const LOGIN_STORAGE_KEY = 'digidel.staff-login'

export function createConsoleStore(initial: Partial<ConsoleState> = {}): ConsoleStore {
  return createStore<ConsoleState>()(() => ({
    locale: DEFAULT_LOCALE,
    login: null,
    loginNotice: null,
    link: 'offline',
    stations: [],
    clockOffsetMs: 0,
    selectedId: null,
    spectating: false,
    view: 'stations',
    pairing: null,
    ...initial,
  }))
}

/** The login kept in this tab, if it has not expired. */
export function readStoredLogin(storage: Pick<Storage, 'getItem'> | null, now: number): StaffLogin | null {
  try {
    const text = storage?.getItem(LOGIN_STORAGE_KEY)
    if (!text) return null
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const { token, expiresAt } = value as Record<string, unknown>
    if (typeof token !== 'string' || typeof expiresAt !== 'number' || expiresAt <= now) return null
    return { token, expiresAt }
  } catch {
    return null
  }
}

export function storeLogin(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  login: StaffLogin | null,
): void {
  try {
    if (login === null) storage?.removeItem(LOGIN_STORAGE_KEY)
    else storage?.setItem(LOGIN_STORAGE_KEY, JSON.stringify(login))
  } catch {
    // Storage refused: the login lasts until the page closes.
  }
}
