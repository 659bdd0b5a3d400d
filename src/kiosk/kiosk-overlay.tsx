import { useEffect, useRef } from 'react'
import { useStore } from 'zustand'
import { useTranslate } from '../state/use-translate'
import { useApp } from '../state/store-context'
import type { Kiosk } from './kiosk'
import { useCountdown } from './use-countdown'

/**
 * On the screen: "Are you still there?" and, after a reset, the welcome screen that any touch or key dismisses.
 * In VR the headset shows them in 3D instead, and the page stays clear.
 */
export function KioskOverlay({ kiosk }: { kiosk: Kiosk }) {
  const phase = useStore(kiosk.store, (state) => state.phase)
  const mode = useApp((state) => state.mode)
  if (mode === 'vr') return null
  if (phase === 'prompt') return <StillThereDialog kiosk={kiosk} />
  if (phase === 'attract') return <WelcomeScreen kiosk={kiosk} />
  return null
}

function StillThereDialog({ kiosk }: { kiosk: Kiosk }) {
  const t = useTranslate()
  const endsAt = useStore(kiosk.store, (state) => state.promptEndsAt)
  const seconds = useCountdown(endsAt)
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    button.current?.focus()
  }, [])
  return (
    <div className="kiosk-overlay" data-testid="kiosk-prompt">
      <div
        className="kiosk-card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-title"
        aria-describedby="kiosk-detail"
      >
        <h2 id="kiosk-title">{t('kiosk.still-there')}</h2>
        <p id="kiosk-detail">{t('kiosk.still-there-detail', { seconds })}</p>
        <button ref={button} type="button" className="kiosk-button" onClick={() => kiosk.noteActivity()}>
          {t('kiosk.i-am-here')}
        </button>
      </div>
    </div>
  )
}

/** The welcome screen's class: a pointer on it dismisses it with its click, which then ends on it. */
export const WELCOME_SCREEN_CLASS = 'kiosk-welcome'

function WelcomeScreen({ kiosk }: { kiosk: Kiosk }) {
  const t = useTranslate()
  return (
    <div
      className={`kiosk-overlay ${WELCOME_SCREEN_CLASS}`}
      data-testid="kiosk-attract"
      onClick={() => kiosk.noteActivity()}
    >
      <div className="kiosk-card" role="dialog" aria-modal="true" aria-labelledby="kiosk-welcome-title">
        <h2 id="kiosk-welcome-title">{t('kiosk.welcome')}</h2>
        <p>{t('kiosk.welcome-text')}</p>
        <button type="button" className="kiosk-button" autoFocus onClick={() => kiosk.noteActivity()}>
          {t('kiosk.start')}
        </button>
        <p className="kiosk-muted">{t('kiosk.start-screen')}</p>
      </div>
    </div>
  )
}
