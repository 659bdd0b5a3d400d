import type { SliceCreator, SettingsSlice } from './slice-types'
import type { PayloadOf } from '../telemetry/event-schema'
import {
  DEFAULT_SETTINGS,
  SETTINGS,
  isSettingValue,
  type SettingId,
  type SettingValue,
} from '../domain/settings'

export type { SettingsSlice } from './slice-types'

/**
 * Each setting's change in telemetry's vocabulary. A map over the setting ids lets the compiler check a setting
 * and its value together, which a computed `SETTINGS[setting].telemetry` cannot.
 */
const SETTING_CHANGE: { [S in SettingId]: (value: SettingValue<S>) => PayloadOf<'setting_changed'> } = {
  textSize: (value) => ({ setting: SETTINGS.textSize.telemetry, value }),
  contrast: (value) => ({ setting: SETTINGS.contrast.telemetry, value }),
  reduceMotion: (value) => ({ setting: SETTINGS.reduceMotion.telemetry, value }),
  narration: (value) => ({ setting: SETTINGS.narration.telemetry, value }),
}

/** The telemetry payload of one setting's change. */
function settingChange<S extends SettingId>(
  setting: S,
  value: SettingValue<S>,
): PayloadOf<'setting_changed'> {
  const change: (typeof SETTING_CHANGE)[S] = SETTING_CHANGE[setting]
  return change(value)
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get, { emit }) => ({
  settings: DEFAULT_SETTINGS,
  menuOpen: false,

  setSetting: (setting, value, source = 'visitor') => {
    if (!isSettingValue(setting, value) || get().settings[setting] === value) return
    set({ settings: { ...get().settings, [setting]: value } })
    emit({ type: 'setting_changed', payload: settingChange(setting, value), source })
  },
  setMenuOpen: (menuOpen) => set({ menuOpen }),
  recenterRequests: 0,
  recenter: () => set({ recenterRequests: get().recenterRequests + 1 }),
})
