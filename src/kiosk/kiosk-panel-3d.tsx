import { useStore } from 'zustand'
import { useTranslate } from '../i18n/use-translate'
import { useApp } from '../state/store-context'
import { Button3D } from '../ui/button-3d'
import { Panel } from '../ui/panel'
import { THEME } from '../ui/theme'
import { UiText } from '../ui/ui-text'
import { HeadFollower } from './head-follower'
import type { Kiosk } from './kiosk'
import { useCountdown } from './use-countdown'

/** Large enough at 0.9 m to cover the lobby's board behind it, so only one thing asks for attention. */
const WIDTH = 1
const HEIGHT = 0.62
const BODY = 0.034

/** In VR: "Are you still there?" and, after a reset, the welcome screen, floating in front of the visitor. */
export function KioskPanel3D({ kiosk }: { kiosk: Kiosk }) {
  const phase = useStore(kiosk.store, (state) => state.phase)
  const mode = useApp((state) => state.mode)
  if (phase === 'active' || mode !== 'vr') return null
  return (
    <HeadFollower distance={0.9} drop={0.08}>
      {phase === 'prompt' ? <StillTherePanel kiosk={kiosk} /> : <WelcomePanel kiosk={kiosk} />}
    </HeadFollower>
  )
}

function StillTherePanel({ kiosk }: { kiosk: Kiosk }) {
  const t = useTranslate()
  const endsAt = useStore(kiosk.store, (state) => state.promptEndsAt)
  const seconds = useCountdown(endsAt)
  return (
    <Panel width={WIDTH} height={HEIGHT}>
      <UiText position={[0, 0.17, 0]} fontSize={THEME.size.heading * 1.6} bold>
        {t('kiosk.still-there')}
      </UiText>
      <UiText
        position={[0, 0.04, 0]}
        fontSize={BODY}
        maxWidth={WIDTH - 0.12}
        textAlign="center"
        color={THEME.color.mutedText}
      >
        {t('kiosk.still-there-detail', { seconds })}
      </UiText>
      <Button3D
        id="kiosk.still-here"
        label={t('kiosk.i-am-here')}
        variant="primary"
        width={0.5}
        height={0.12}
        fontSize={BODY}
        position={[0, -0.16, 0]}
        onActivate={() => kiosk.noteActivity()}
      />
    </Panel>
  )
}

function WelcomePanel({ kiosk }: { kiosk: Kiosk }) {
  const t = useTranslate()
  return (
    <Panel width={WIDTH} height={HEIGHT}>
      <UiText position={[0, 0.2, 0]} fontSize={THEME.size.heading * 1.6} bold>
        {t('kiosk.welcome')}
      </UiText>
      <UiText
        position={[0, 0.09, 0]}
        fontSize={BODY}
        maxWidth={WIDTH - 0.12}
        textAlign="center"
        color={THEME.color.mutedText}
      >
        {t('kiosk.welcome-text')}
      </UiText>
      <UiText position={[0, 0, 0]} fontSize={THEME.size.text} maxWidth={WIDTH - 0.12} textAlign="center">
        {t('kiosk.start-vr')}
      </UiText>
      <Button3D
        id="kiosk.start"
        label={t('kiosk.start')}
        variant="primary"
        width={0.4}
        height={0.12}
        fontSize={BODY}
        position={[0, -0.16, 0]}
        onActivate={() => kiosk.noteActivity()}
      />
    </Panel>
  )
}
