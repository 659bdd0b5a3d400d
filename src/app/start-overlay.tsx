import { useEffect, useState } from 'react'
import { useTranslate } from '../state/use-translate'
import { useApp, useAppStoreApi } from '../state/store-context'
import type { AppXRStore } from '../xr/xr-store'

/** Whether this browser can start an immersive VR session (a headset, or the emulator). */
function useImmersiveVrSupported(xrStore: AppXRStore): boolean {
  const [supported, setSupported] = useState(false)
  useEffect(() => {
    let cancelled = false
    const check = () => {
      navigator.xr
        ?.isSessionSupported('immersive-vr')
        .then((result) => !cancelled && setSupported(result))
        .catch(() => !cancelled && setSupported(false))
    }
    check()
    // The emulator installs itself a moment after start-up: ask again when it appears.
    const unsubscribe = xrStore.subscribe((state, previous) => {
      if (state.emulator !== previous.emulator) check()
    })
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [xrStore])
  return supported
}

/** The first screen: the title, and how to take part (headset or screen). */
export function StartOverlay({ xrStore, progress }: { xrStore: AppXRStore; progress: number }) {
  const t = useTranslate()
  const store = useAppStoreApi()
  const entered = useApp((state) => state.entered)
  const vrSupported = useImmersiveVrSupported(xrStore)
  if (entered) return null
  const ready = progress >= 1
  return (
    <div className="start-overlay">
      <main className="start-card" aria-busy={!ready}>
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
        {vrSupported && (
          <button
            type="button"
            className="big-button primary"
            data-testid="enter-vr"
            disabled={!ready}
            onClick={() => void xrStore.enterVR()}
          >
            {t('app.enter-vr')}
          </button>
        )}
        <button
          type="button"
          className={`big-button${vrSupported ? '' : ' primary'}`}
          data-testid="use-screen"
          disabled={!ready}
          onClick={() => store.getState().enter('desktop')}
        >
          {t('app.use-screen')}
        </button>
        {!vrSupported && <p>{t('app.no-headset')}</p>}
      </main>
    </div>
  )
}
