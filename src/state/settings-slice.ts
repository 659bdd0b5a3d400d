import type { ActionSource, SliceCreator } from './app-store'
import {
  DEFAULT_SETTINGS,
  SETTINGS,
  isSettingValue,
  type SettingId,
  type SettingValue,
  type Settings,
} from './settings'

/** How the visitor wants to see and hear the app: cleared for the next visitor, like everything they chose. */
export interface SettingsSlice {
  settings: Settings
  /** The settings menu is open (in VR a panel in front of the visitor, on a screen a dialog). */
  menuOpen: boolean
  /** Changes one setting; a value the setting does not have is ignored. */
  setSetting: <S extends SettingId>(setting: S, value: SettingValue<S>, source?: ActionSource) => void
  setMenuOpen: (open: boolean) => void
  /** Counts recenter requests; the headset's origin follows each new one (a request, not a setting). */
  recenterRequests: number
  /** Puts the view back in front of the visitor, wherever they have turned or walked to. */
  recenter: () => void
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get, { emit }) => ({
  settings: DEFAULT_SETTINGS,
  menuOpen: false,

  setSetting: (setting, value, source = 'visitor') => {
    if (!isSettingValue(setting, value) || get().settings[setting] === value) return
    set({ settings: { ...get().settings, [setting]: value } })
    emit({ type: 'setting_changed', payload: { setting: SETTINGS[setting].telemetry, value }, source })
  },
  setMenuOpen: (menuOpen) => set({ menuOpen }),
  recenterRequests: 0,
  recenter: () => set({ recenterRequests: get().recenterRequests + 1 }),
})
