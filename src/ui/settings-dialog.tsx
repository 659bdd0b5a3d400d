import { useTranslate } from '../state/use-translate'
import { choicesOf, SETTING_IDS, shownValue } from '../domain/settings'
import { settingChoiceKey, settingNameKey } from '../i18n/setting-texts'
import { useApp, useAppStoreApi } from '../state/store-context'

/** The settings on a screen: the same choices as in VR, as a dialog of radio groups that Tab and Enter reach. */
export function SettingsDialog() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const open = useApp((state) => state.menuOpen && state.mode === 'desktop' && state.entered)
  const settings = useApp((state) => state.settings)
  if (!open) return null
  return (
    <div className="settings-dialog" role="dialog" aria-modal="true" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('menu.title')}</h2>
      {SETTING_IDS.map((setting) => {
        return (
          <fieldset key={setting}>
            <legend>{t(settingNameKey(setting))}</legend>
            {choicesOf(setting).map((value) => (
              <button
                key={value}
                type="button"
                role="radio"
                data-testid={`setting-${setting}-${value}`}
                aria-checked={shownValue(settings, 'desktop', setting) === value}
                onClick={() => store.getState().setSetting(setting, value)}
              >
                {t(settingChoiceKey(setting, value))}
              </button>
            ))}
          </fieldset>
        )
      })}
      <button
        type="button"
        className="primary"
        data-testid="settings-close"
        autoFocus
        onClick={() => store.getState().setMenuOpen(false)}
      >
        {t('menu.close')}
      </button>
    </div>
  )
}
