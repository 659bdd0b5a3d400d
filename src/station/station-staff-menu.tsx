import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useStore } from 'zustand'
import { useTranslate } from '../state/use-translate'
import { stationNameSchema } from '../live/protocol'
import { logIn, logOut, type LoginOutcome } from '../live/staff-login'
import type { Station } from './station'

/** What became of a PIN typed on the station; the token itself is not kept. */
type PinOutcome = { ok: true } | Extract<LoginOutcome, { ok: false }>

/** Checks the staff PIN with the server, which limits wrong guesses, and ends the login it made at once. */
async function checkPin(pin: string): Promise<PinOutcome> {
  const outcome = await logIn(pin)
  if (!outcome.ok) return outcome
  void logOut(outcome.login.token)
  return { ok: true }
}

/** The text key for a PIN that did not unlock the menu. */
function problemKey(problem: Extract<LoginOutcome, { ok: false }>): string {
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
  const [pin, setPin] = useState('')
  const [problem, setProblem] = useState<Extract<PinOutcome, { ok: false }> | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const outcome = await checkPin(pin)
    setBusy(false)
    setPin('')
    // A reset for the next visitor may have closed the dialog meanwhile.
    if (station.store.getState().menu !== 'pin') return
    if (outcome.ok) station.store.setState({ menu: 'open' })
    else setProblem(outcome)
  }

  return (
    <div className="kiosk-overlay" role="presentation">
      <form
        className="kiosk-card station-menu"
        role="dialog"
        aria-modal="true"
        aria-labelledby="pin-title"
        onSubmit={submit}
      >
        <h2 id="pin-title">{t('station.pin-title')}</h2>
        <label>
          {t('station.pin-label')}
          <input
            ref={input}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            data-testid="station-pin"
            onChange={(event) => setPin(event.target.value)}
          />
        </label>
        {problem && (
          <p role="alert" className="station-problem">
            {t(problemKey(problem))}
            {problem.reason === 'insecure' && problem.httpsUrl !== null && (
              <>
                {' '}
                <a href={problem.httpsUrl}>{problem.httpsUrl}</a>
              </>
            )}
          </p>
        )}
        <div className="station-menu-actions">
          <button type="button" onClick={() => station.store.setState({ menu: 'closed' })}>
            {t('station.cancel')}
          </button>
          <button type="submit" className="kiosk-button" disabled={busy || pin === ''}>
            {t('station.pin-submit')}
          </button>
        </div>
      </form>
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
