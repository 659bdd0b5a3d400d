import { useState } from 'react'
import { useStore } from 'zustand'
import { useTranslate } from '../state/use-translate'
import type { TextKey } from '../i18n/text-key'
import { stationNameSchema } from '../live/protocol'
import { logIn, logOut } from '../live/staff-login'
import { PinForm, type PinProblem } from '../ui/pin-form'
import type { Station } from './station'

/** What became of a PIN typed on the station; the token itself is not kept. */
type PinOutcome = { ok: true } | PinProblem

/** Checks the staff PIN with the server, which limits wrong guesses, and ends the login it made at once. */
async function checkPin(pin: string): Promise<PinOutcome> {
  const outcome = await logIn(pin)
  if (!outcome.ok) return outcome
  void logOut(outcome.login.token)
  return { ok: true }
}

/** The text key for a PIN that did not unlock the menu. */
function problemKey(problem: PinProblem): TextKey {
  switch (problem.reason) {
    case 'too-many':
      return 'station.pin-too-many'
    case 'offline':
      return 'station.pin-offline'
    case 'insecure':
      return problem.httpsUrl === null ? 'station.pin-https-off' : 'station.pin-https'
    case 'wrong':
      return 'station.pin-wrong'
  }
}

/**
 * The station's own staff functions (its name, kiosk mode, a reset) behind the staff PIN. Visitors see only a
 * small "Staff" button; nothing here can send commands to other stations.
 */
export function StationStaffMenu({ station }: { station: Station }) {
  const t = useTranslate()
  const menu = useStore(station.store, (state) => state.menu)
  return (
    <>
      <button
        type="button"
        className="station-staff-button"
        data-testid="station-staff"
        aria-haspopup="dialog"
        onClick={() => station.store.setState({ menu: 'pin' })}
      >
        {t('station.staff-button')}
      </button>
      {menu === 'pin' && <PinDialog station={station} />}
      {menu === 'open' && <StationMenu station={station} />}
    </>
  )
}

function PinDialog({ station }: { station: Station }) {
  const t = useTranslate()

  const submitPin = async (pin: string): Promise<PinProblem | null> => {
    const outcome = await checkPin(pin)
    // A reset for the next visitor may have closed the dialog meanwhile.
    if (station.store.getState().menu !== 'pin') return null
    if (!outcome.ok) return outcome
    station.store.setState({ menu: 'open' })
    return null
  }

  return (
    <div className="kiosk-overlay" role="presentation">
      <PinForm
        submitPin={submitPin}
        problemText={(problem) => t(problemKey(problem))}
        label={t('station.pin-label')}
        header={<h2 id="pin-title">{t('station.pin-title')}</h2>}
        actions={(submit) => (
          <div className="station-menu-actions">
            <button type="button" onClick={() => station.store.setState({ menu: 'closed' })}>
              {t('station.cancel')}
            </button>
            {submit}
          </div>
        )}
        submitLabel={t('station.pin-submit')}
        formProps={{
          className: 'kiosk-card station-menu',
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': 'pin-title',
        }}
        inputProps={{ autoComplete: 'off', 'data-testid': 'station-pin' }}
        problemClassName="station-problem"
        submitProps={{ className: 'kiosk-button' }}
      />
    </div>
  )
}

function StationMenu({ station }: { station: Station }) {
  const t = useTranslate()
  const name = useStore(station.store, (state) => state.name)
  const link = useStore(station.store, (state) => state.link)
  const approved = useStore(station.store, (state) => state.approved)
  const pairingCode = useStore(station.store, (state) => state.pairingCode)
  const enabled = useStore(station.kiosk.store, (state) => state.enabled)
  const idleSeconds = useStore(station.kiosk.store, (state) => state.idleSeconds)
  const [draft, setDraft] = useState(name)
  const valid = stationNameSchema.safeParse(draft).success
  const close = () => station.store.setState({ menu: 'closed' })

  return (
    <div className="kiosk-overlay" role="presentation">
      <div
        className="kiosk-card station-menu"
        role="dialog"
        aria-modal="true"
        aria-labelledby="station-menu-title"
      >
        <h2 id="station-menu-title">{t('station.menu-title')}</h2>
        <p className="kiosk-muted">
          {link === 'open' && !approved
            ? t('station.link.pending', { code: pairingCode })
            : t(`station.link.${link}`)}
        </p>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (valid) station.rename(draft)
          }}
        >
          <label>
            {t('station.name-label')}
            <input
              value={draft}
              maxLength={40}
              data-testid="station-name"
              onChange={(event) => setDraft(event.target.value)}
            />
          </label>
          <button type="submit" disabled={!valid || draft.trim() === name}>
            {t('station.save')}
          </button>
        </form>
        <p>{enabled ? t('station.kiosk-on', { seconds: idleSeconds }) : t('station.kiosk-off')}</p>
        <div className="station-menu-actions">
          <button
            type="button"
            data-testid="station-kiosk-toggle"
            onClick={() => station.kiosk.setEnabled(!enabled)}
          >
            {enabled ? t('station.kiosk-leave') : t('station.kiosk-enter')}
          </button>
          <button type="button" onClick={() => station.kiosk.resetForNextVisitor('reset', 'staff')}>
            {t('station.reset-now')}
          </button>
          <button type="button" className="kiosk-button" onClick={close}>
            {t('station.close')}
          </button>
        </div>
      </div>
    </div>
  )
}
