import { useId, useState } from 'react'
import { pairingCodeSchema } from '../live/protocol'
import { useConsole, useConsoleState, useConsoleText } from './console-context'

/**
 * Approves a new station by the four-digit code its lobby shows. Until then the server keeps it out of the
 * list, so a device that merely connects (or hundreds of fake ones) never reaches the console.
 */
export function PairingForm() {
  const t = useConsoleText()
  const { link } = useConsole()
  const pairing = useConsoleState((state) => state.pairing)
  const [code, setCode] = useState('')
  const inputId = useId()
  const valid = pairingCodeSchema.safeParse(code).success
  return (
    <form
      className="pairing-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (valid && link.approve(code)) setCode('')
      }}
    >
      <label htmlFor={inputId}>{t('staff.pair-label')}</label>
      <span className="control-row">
        <input
          id={inputId}
          value={code}
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          data-testid="pair-code"
          onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
        />
        <button type="submit" data-testid="pair-approve" disabled={!valid}>
          {t('staff.pair-approve')}
        </button>
      </span>
      {pairing && (
        <p role="status" className={`pairing-outcome pairing-${pairing.outcome}`} data-testid="pair-outcome">
          {t(`staff.pair-${pairing.outcome}`, { code: pairing.pairingCode })}
        </p>
      )}
    </form>
  )
}
