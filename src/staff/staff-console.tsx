import { useState } from 'react'
import { LOCALES, localeInfo } from '../i18n/locales'
import { logOut } from '../live/staff-login'
import { useConsole, useConsoleState, useConsoleText } from './console-context'
import { HelpAlerts } from './help-alerts'
import { LoginForm } from './login-form'
import { PairingForm } from './pairing-form'
import { SpectatorView } from './spectator-view'
import { StationCard } from './station-card'
import { StationControls } from './station-controls'

/** The staff console: PIN login, then every station live, with controls and a view for the chosen one. */
export function StaffConsole() {
  const loggedIn = useConsoleState((state) => state.login !== null)
  const { dir, tag } = localeInfo(useConsoleState((state) => state.locale))
  return (
    <div className="console" dir={dir} lang={tag}>
      <ConsoleHeader />
      {loggedIn ? <Dashboard /> : <LoginForm />}
    </div>
  )
}

function ConsoleHeader() {
  const t = useConsoleText()
  const { store, link, saveLogin } = useConsole()
  const locale = useConsoleState((state) => state.locale)
  const loggedIn = useConsoleState((state) => state.login !== null)
  const status = useConsoleState((state) => state.link)
  return (
    <header className="console-header">
      <h1>{t('staff.title')}</h1>
      {loggedIn && (
        <span className={`link link-${status}`} role="status" data-testid="console-link">
          {t(`staff.link.${status}`)}
        </span>
      )}
      <span className="header-actions">
        <span role="radiogroup" aria-label={t('staff.language')}>
          {LOCALES.map((option) => (
            <button
              key={option.code}
              type="button"
              role="radio"
              lang={option.tag}
              aria-checked={locale === option.code}
              className={locale === option.code ? 'chosen' : ''}
              onClick={() => store.setState({ locale: option.code })}
            >
              {option.name}
            </button>
          ))}
        </span>
        {loggedIn && (
          <button
            type="button"
            onClick={() => {
              const token = store.getState().login?.token
              if (token !== undefined) void logOut(token)
              link.stop()
              saveLogin(null)
              store.setState({ login: null, stations: [], selectedId: null, spectating: false })
            }}
          >
            {t('staff.logout')}
          </button>
        )}
      </span>
    </header>
  )
}

function Dashboard() {
  const t = useConsoleText()
  const { store } = useConsole()
  const stations = useConsoleState((state) => state.stations)
  const selectedId = useConsoleState((state) => state.selectedId)
  const spectating = useConsoleState((state) => state.spectating)
  const selected = stations.find((station) => station.id === selectedId)
  // The view mounts the first time it is asked for and then only hides: one WebGL context, never torn down.
  const [viewMounted, setViewMounted] = useState(false)
  if (spectating && !viewMounted) setViewMounted(true)
  const watched = spectating && selected?.connected ? selected : null

  return (
    <main className="dashboard">
      <section className="station-list" aria-labelledby="stations-title">
        <HelpAlerts />
        <h2 id="stations-title">{t('staff.stations')}</h2>
        <PairingForm />
        {stations.length === 0 ? (
          <p className="empty">{t('staff.no-stations')}</p>
        ) : (
          <ul>
            {stations.map((station) => (
              <StationCard key={station.id} summary={station} />
            ))}
          </ul>
        )}
      </section>
      <section className="station-detail" aria-label={selected?.state.name ?? t('staff.select-hint')}>
        {selected ? (
          <div className="detail-head">
            <h2>{selected.state.name}</h2>
            <button
              type="button"
              data-testid="spectate-toggle"
              aria-pressed={spectating}
              disabled={!selected.connected}
              onClick={() => store.setState({ spectating: !spectating })}
            >
              {spectating ? t('staff.spectate-hide') : t('staff.spectate')}
            </button>
          </div>
        ) : (
          <p className="empty">{t('staff.select-hint')}</p>
        )}
        {viewMounted && <SpectatorView summary={watched ?? null} />}
        {selected && <StationControls key={selected.id} summary={selected} />}
      </section>
    </main>
  )
}
