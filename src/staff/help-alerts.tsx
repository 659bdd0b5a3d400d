import { useCallback } from 'react'
import { useConsole, useConsoleState, useConsoleText } from './console-context'
import { useAlertSound } from './alert-sound'

/**
 * Every visitor calling for help, at the top of the console, with a chime that repeats until a member of staff
 * answers "I'm coming" (the visitor's "Call staff" button then says staff are on their way no more).
 */
export function HelpAlerts() {
  const t = useConsoleText()
  const { link } = useConsole()
  const stations = useConsoleState((state) => state.stations)
  const calling = stations.filter((station) => station.connected && station.state.helpRequested)
  const countChime = useCallback(() => {
    document.body.dataset.helpChimes = String(Number(document.body.dataset.helpChimes ?? 0) + 1)
  }, [])
  useAlertSound(calling.length > 0, countChime)
  if (calling.length === 0) return null
  return (
    <section
      className="help-alerts"
      role="alert"
      aria-label={t('staff.help-alerts')}
      data-testid="help-alerts"
    >
      {calling.map((station) => (
        <div key={station.id} className="help-alert" data-station-id={station.id}>
          <span>{t('staff.help-alert', { name: station.state.name })}</span>
          <button
            type="button"
            className="primary"
            data-testid="help-ack"
            onClick={() => link.command(station.id, { type: 'ack-help' })}
          >
            {t('staff.help-ack')}
          </button>
        </div>
      ))}
    </section>
  )
}
