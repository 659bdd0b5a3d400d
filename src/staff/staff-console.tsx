import { lazy, Suspense, useState } from 'react'
import { localeInfo } from '../domain/locales'
import { logOut } from '../live/staff-login'
import { useConsole, useConsoleState, useConsoleText } from './console-context'
import type { ConsoleView } from './console-store'
import { HelpAlerts } from './help-alerts'
import { LanguageSwitch } from './language-switch'
import { LoginForm } from './login-form'
import { PairingForm } from './pairing-form'
import { SpectatorView } from './spectator-view'
import { StationCard } from './station-card'
import { StationControls } from './station-controls'
import { StatsView } from './stats/stats-view'

// The studio is its own chunk: the console loads it when staff open it.
const StudioView = lazy(() => import('./studio/studio-view'))

/**
 * The staff console: PIN login, then every station live, with controls and a view for the chosen one; or the
 * statistics, or the authoring studio. The stations stay mounted (hidden) while the statistics show, so the spectator view keeps its canvas.
 */
export function StaffConsole() {
  const loggedIn = useConsoleState((state) => state.login !== null)
  const view = useConsoleState((state) => state.view)
  const { dir, tag } = localeInfo(useConsoleState((state) => state.locale))
  return (
    <div className="console" dir={dir} lang={tag}>
      <ConsoleHeader />
      {loggedIn ? (
        <>
          <Dashboard hidden={view !== 'stations'} />
          {view === 'statistics' && <StatsView />}
          {view === 'studio' && (
            <Suspense fallback={<p className="empty">…</p>}>
              <StudioView />
            </Suspense>
          )}
        </>
      ) : (
        <LoginForm />
      )}
    </div>
  )
}

const VIEWS: readonly ConsoleView[] = ['stations', 'statistics', 'studio']

function ViewTabs() {
  const t = useConsoleText()
  const { store } = useConsole()
  const view = useConsoleState((state) => state.view)
  return (
    <nav className="view-tabs" aria-label={t('stats.nav.label')}>
      {VIEWS.map((option) => (
        <button
          key={option}
          type="button"
          data-testid={`view-${option}`}
          aria-current={view === option ? 'page' : undefined}
          className={view === option ? 'chosen' : ''}
          onClick={() => store.setState({ view: option })}
        >
          {t(`stats.nav.${option}`)}
        </button>
      ))}
    </nav>
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
      {loggedIn && <ViewTabs />}
      {loggedIn && (
        <span className={`link link-${status}`} role="status" data-testid="console-link">
          {t(`staff.link.${status}`)}
        </span>
      )}
      <span className="header-actions">
        <LanguageSwitch
          locale={locale}
          label={t('staff.language')}
          onChange={(code) => store.setState({ locale: code })}
        />
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

function Dashboard({ hidden }: { hidden: boolean }) {
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
    <main className="dashboard" hidden={hidden}>
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
