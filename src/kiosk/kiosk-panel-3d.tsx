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

const WIDTH = 0.72
const HEIGHT = 0.4

/** In VR: "Are you still there?" and, after a reset, the welcome screen, floating in front of the visitor. */
export function KioskPanel3D({ kiosk }: { kiosk: Kiosk }) {
  const phase = useStore(kiosk.store, (state) => state.phase)
  const mode = useApp((state) => state.mode)
  if (phase === 'active' || mode !== 'vr') return null
  return (
    <HeadFollower distance={1}>
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
      <UiText position={[0, 0.12, 0]} fontSize={THEME.size.heading * 1.2} bold>
        {t('kiosk.still-there')}
      </UiText>
      <UiText
        position={[0, 0.03, 0]}
        maxWidth={WIDTH - 0.08}
        textAlign="center"
        color={THEME.color.mutedText}
      >
        {t('kiosk.still-there-detail', { seconds })}
      </UiText>
      <Button3D
        id="kiosk.still-here"
        label={t('kiosk.i-am-here')}
        variant="primary"
        width={0.4}
        height={0.09}
        position={[0, -0.1, 0]}
        onActivate={() => kiosk.noteActivity()}
      />
    </Panel>
  )
}

function WelcomePanel({ kiosk }: { kiosk: Kiosk }) {
  const t = useTranslate()
  return (
    <Panel width={WIDTH} height={HEIGHT}>
      <UiText position={[0, 0.13, 0]} fontSize={THEME.size.heading * 1.2} bold>
        {t('kiosk.welcome')}
      </UiText>
      <UiText
        position={[0, 0.05, 0]}
        maxWidth={WIDTH - 0.08}
        textAlign="center"
        color={THEME.color.mutedText}
      >
        {t('kiosk.welcome-text')}
      </UiText>
      <UiText
        position={[0, -0.02, 0]}
        maxWidth={WIDTH - 0.08}
        textAlign="center"
        fontSize={THEME.size.smallText}
      >
        {t('kiosk.start-vr')}
      </UiText>
      <Button3D
        id="kiosk.start"
        label={t('kiosk.start')}
        variant="primary"
        width={0.3}
        height={0.09}
        position={[0, -0.12, 0]}
        onActivate={() => kiosk.noteActivity()}
      />
    </Panel>
  )
}
