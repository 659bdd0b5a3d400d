import { useEffect, type ComponentType } from 'react'
import { KioskOverlay, WELCOME_SCREEN_CLASS } from '../kiosk/kiosk-overlay'
import type { Kiosk } from '../kiosk/kiosk'
import { useStation } from './station-context'
import type { Station } from './station'
import './station.css'

/** Input on the page that shows someone is there. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/** Props of {@link StationOverlay}. */
export interface StationOverlayProps {
  /**
   * The PIN-gated staff menu (`StationStaffMenu`), given by the app, which fetches its code once the lobby's
   * first frame is drawn; none until then.
   */
  StaffMenu?: ComponentType<{ station: Station }>
}

/** The station's part of the page: the kiosk's screens, and the PIN-gated staff menu. */
export function StationOverlay({ StaffMenu }: StationOverlayProps) {
  const station = useStation()
  if (!station) return null
  return (
    <>
      <PageActivity kiosk={station.kiosk} />
      <KioskOverlay kiosk={station.kiosk} />
      {StaffMenu && <StaffMenu station={station} />}
    </>
  )
}

/** Pointer, touch and key input anywhere on the page counts as activity. */
function PageActivity({ kiosk }: { kiosk: Kiosk }) {
  useEffect(() => {
    const note = (event: Event) => {
      // A pointer on the welcome screen dismisses it by its click, so the touch that starts a visit ends on the
      // welcome screen: were it gone at the pointer's first move or press, the touch would press what lies under it.
      const onWelcome = event.target instanceof Element && event.target.closest(`.${WELCOME_SCREEN_CLASS}`)
      if (event.type !== 'keydown' && onWelcome) return
      kiosk.noteActivity()
    }
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, note, { capture: true, passive: true })
    // Nothing typed or focused may outlive the visit.
    const unsubscribe = kiosk.onReset(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    })
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, note, { capture: true })
      unsubscribe()
    }
  }, [kiosk])
  return null
}
