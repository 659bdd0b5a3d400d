/**
 * The visitor's display and sound settings, as data: every setting, its values and the first of them as the
 * default. The store, the telemetry schema, the live link, the in-world menu, the desktop menu and the staff
 * console all read this one list.
 */
export const SETTINGS = {
  /** Three text sizes, in VR and on the screen; panels reflow. */
  textSize: { values: ['normal', 'large', 'largest'], telemetry: 'text_size' },
  /** A high-contrast theme. */
  contrast: { values: ['normal', 'high'], telemetry: 'contrast' },
  /** No pulsing highlight and no smooth moves. */
  reduceMotion: { values: ['off', 'on'], telemetry: 'reduce_motion' },
  /**
   * Narration with captions. `auto` (the default, never offered as a choice) reads aloud in VR and not on a
   * screen, where the step is on screen as large text and screen readers read it.
   */
  narration: { values: ['auto', 'on', 'off'], telemetry: 'narration' },
} as const

export type SettingId = keyof typeof SETTINGS
export type SettingValue<S extends SettingId> = (typeof SETTINGS)[S]['values'][number]
export type Settings = { readonly [S in SettingId]: SettingValue<S> }
/** A value a visitor or staff member chooses: every value but `auto`, which is only ever the default. */
export type SettingChoice<S extends SettingId> = Exclude<SettingValue<S>, 'auto'>

export const SETTING_IDS = Object.keys(SETTINGS) as SettingId[]

/** Each setting's first value. */
export const DEFAULT_SETTINGS: Settings = {
  textSize: SETTINGS.textSize.values[0],
  contrast: SETTINGS.contrast.values[0],
  reduceMotion: SETTINGS.reduceMotion.values[0],
  narration: SETTINGS.narration.values[0],
}

/** The values a visitor or staff member chooses between: every value but `auto`. */
export function choicesOf<S extends SettingId>(setting: S): readonly SettingChoice<S>[] {
  return (SETTINGS[setting].values as readonly SettingValue<S>[]).filter(
    (value): value is SettingChoice<S> => value !== 'auto',
  )
}

export function isSettingValue<S extends SettingId>(setting: S, value: unknown): value is SettingValue<S> {
  return (SETTINGS[setting].values as readonly unknown[]).includes(value)
}

/** Whether narration reads aloud now: chosen on, or left to the default in VR. */
export function narrationOn(settings: Settings, mode: 'vr' | 'desktop'): boolean {
  return settings.narration === 'on' || (settings.narration === 'auto' && mode === 'vr')
}

/** The value a menu shows as chosen: narration left to the default shows as on or off, as it is in this mode. */
export function shownValue(settings: Settings, mode: 'vr' | 'desktop', setting: SettingId): string {
  if (setting === 'narration') return narrationOn(settings, mode) ? 'on' : 'off'
  return settings[setting]
}
