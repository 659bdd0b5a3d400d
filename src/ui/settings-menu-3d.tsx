import { useTranslate } from '../state/use-translate'
import { HeadFollower } from './head-follower'
import { choicesOf, SETTING_IDS, shownValue } from '../domain/settings'
import { settingChoiceKey, settingNameKey } from '../i18n/setting-texts'
import { useApp, useAppStoreApi } from '../state/store-context'
import { Row, Stack } from './kit/box'
import { Button } from './kit/button'
import { Panel } from './kit/panel'
import { Text } from './kit/text'
import { SPACE } from './theme'

const WIDTH = 0.78

/**
 * The settings in VR: text size, contrast, motion and narration, recenter and close, on a panel that comes up in
 * front of the visitor wherever they look. Every choice is a big radio button, for rays, hands and the mirror.
 */
export function SettingsMenu3D() {
  const open = useApp((state) => state.menuOpen && state.mode === 'vr')
  if (!open) return null
  return (
    <HeadFollower distance={0.75} drop={0.12}>
      <SettingsPanel />
    </HeadFollower>
  )
}

function SettingsPanel() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const settings = useApp((state) => state.settings)
  return (
    <Panel width={WIDTH} gap={SPACE.m}>
      <Text size="heading" bold>
        {t('menu.title')}
      </Text>
      {SETTING_IDS.map((setting) => {
        return (
          <Stack key={setting} gap={SPACE.xs}>
            <Text bold>{t(settingNameKey(setting))}</Text>
            <Row wrap gap={SPACE.s} style={{ rowGap: SPACE.s }}>
              {choicesOf(setting).map((value) => (
                <Button
                  key={value}
                  id={`settings.${setting}.${value}`}
                  role="radio"
                  label={t(settingChoiceKey(setting, value))}
                  name={`${t(settingNameKey(setting))}: ${t(settingChoiceKey(setting, value))}`}
                  checked={shownValue(settings, 'vr', setting) === value}
                  style={{ flexGrow: 1, flexBasis: 0 }}
                  onActivate={() => store.getState().setSetting(setting, value)}
                />
              ))}
            </Row>
          </Stack>
        )
      })}
      <Row gap={SPACE.s}>
        <Button
          id="settings.recenter"
          label={t('menu.recenter')}
          style={{ flexGrow: 1, flexBasis: 0 }}
          onActivate={() => {
            // The view comes back in front of the visitor, and the menu goes, so the room is what they see.
            store.getState().recenter()
            store.getState().setMenuOpen(false)
          }}
        />
        <Button
          id="settings.close"
          label={t('menu.close')}
          variant="primary"
          style={{ flexGrow: 1, flexBasis: 0 }}
          onActivate={() => store.getState().setMenuOpen(false)}
        />
      </Row>
    </Panel>
  )
}
