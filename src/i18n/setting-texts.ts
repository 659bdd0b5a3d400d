import type { SettingChoice, SettingId } from '../domain/settings'
import type { TextKey } from './text-key'

/** A setting's name and the names of the values a visitor chooses between, as text keys. */
interface SettingTexts<S extends SettingId> {
  name: TextKey
  choices: Readonly<Record<SettingChoice<S>, TextKey>>
}

/**
 * The words for every setting and choice, in one typed map: a setting or value added in `domain/settings.ts`
 * fails type-checking here until it has its texts.
 */
const SETTING_TEXTS: { readonly [S in SettingId]: SettingTexts<S> } = {
  textSize: {
    name: 'settings.text-size',
    choices: {
      normal: 'settings.text-size.normal',
      large: 'settings.text-size.large',
      largest: 'settings.text-size.largest',
    },
  },
  contrast: {
    name: 'settings.contrast',
    choices: { normal: 'settings.contrast.normal', high: 'settings.contrast.high' },
  },
  reduceMotion: {
    name: 'settings.reduce-motion',
    choices: { off: 'settings.reduce-motion.off', on: 'settings.reduce-motion.on' },
  },
  narration: {
    name: 'settings.narration',
    choices: { on: 'settings.narration.on', off: 'settings.narration.off' },
  },
}

/** The text key of a setting's name, e.g. "Text size". */
export function settingNameKey(setting: SettingId): TextKey {
  return SETTING_TEXTS[setting].name
}

/** The text key of one choice of a setting, e.g. "Large". */
export function settingChoiceKey<S extends SettingId>(setting: S, value: SettingChoice<S>): TextKey {
  const texts: SettingTexts<S> = SETTING_TEXTS[setting]
  return texts.choices[value]
}
