import { useStore } from 'zustand'
import { useTranslate } from '../state/use-translate'
import { useApp } from '../state/store-context'
import { Button } from '../ui/kit/button'
import { Panel } from '../ui/kit/panel'
import { Text } from '../ui/kit/text'
import { TEXT_SIZES } from '../ui/theme'
import { useTheme } from '../ui/use-theme'
import { HeadFollower } from '../ui/head-follower'
import type { Kiosk } from './kiosk'
import { useCountdown } from './use-countdown'

/** Wide enough at 0.8 m to cover the lobby's board behind it, so only one thing asks for attention. */
const WIDTH = 1.1
const BODY = 0.034

/** In VR: "Are you still there?" and, after a reset, the welcome screen, floating in front of the visitor. */
export function KioskPanel3D({ kiosk }: { kiosk: Kiosk }) {
  const phase = useStore(kiosk.store, (state) => state.phase)
  const mode = useApp((state) => state.mode)
  if (phase === 'active' || mode !== 'vr') return null
  return (
    <HeadFollower distance={0.8} drop={0.08}>
      {phase === 'prompt' ? <StillTherePanel kiosk={kiosk} /> : <WelcomePanel kiosk={kiosk} />}
    </HeadFollower>
  )
}

function StillTherePanel({ kiosk }: { kiosk: Kiosk }) {
  const theme = useTheme()
  const t = useTranslate()
  const endsAt = useStore(kiosk.store, (state) => state.promptEndsAt)
  const seconds = useCountdown(endsAt)
  return (
    <Panel width={WIDTH} padding={0.06} gap={theme.space.l} style={{ alignItems: 'center' }}>
      <Text size={TEXT_SIZES.heading * 1.6} bold align="center">
        {t('kiosk.still-there')}
      </Text>
      <Text size={BODY} color={theme.color.mutedText} align="center">
        {t('kiosk.still-there-detail', { seconds })}
      </Text>
      <Button
        id="kiosk.still-here"
        label={t('kiosk.i-am-here')}
        variant="primary"
        size={BODY}
        style={{ minWidth: 0.5, minHeight: 0.12 }}
        onActivate={() => kiosk.noteActivity()}
      />
    </Panel>
  )
}

function WelcomePanel({ kiosk }: { kiosk: Kiosk }) {
  const theme = useTheme()
  const t = useTranslate()
  return (
    <Panel width={WIDTH} padding={0.06} gap={theme.space.m} style={{ alignItems: 'center' }}>
      <Text size={TEXT_SIZES.heading * 1.6} bold align="center">
        {t('kiosk.welcome')}
      </Text>
      <Text size={BODY} color={theme.color.mutedText} align="center">
        {t('kiosk.welcome-text')}
      </Text>
      <Text align="center">{t('kiosk.start-vr')}</Text>
      <Button
        id="kiosk.start"
        label={t('kiosk.start')}
        variant="primary"
        size={BODY}
        style={{ minWidth: 0.4, minHeight: 0.12 }}
        onActivate={() => kiosk.noteActivity()}
      />
    </Panel>
  )
}
