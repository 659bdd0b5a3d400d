import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { liveUrl, openBrowserSocket } from '../live/reconnecting-socket'
import { loadTasks } from '../errands/load-tasks'
import { LOCALES } from '../domain/locales'
import { loadStaffTexts } from '../i18n/load-locale'
import { ConsoleProvider, type ConsoleServices } from './console-context'
import { createConsoleLink } from './console-link'
import { createConsoleStore, readStoredLogin, storeLogin, VIEW_PATHS, viewOfPath } from './console-store'
import { ReportPage } from './report/report-page'
import { StaffConsole } from './staff-console'
import { loadPublishedTasks } from './published-tasks'
import './staff.css'

/**
 * Starts the staff console at `/staff` (the statistics at `/staff/stats`, the report for the city at
 * `/staff/report`): its own code-split entry, sharing the scenes for the spectator view.
 */
export async function startStaffConsole(root: HTMLElement): Promise<void> {
  // Staff switch languages and read the visitor's station in its language: the console has all four. The
  // published errands come with them, so the console names an authored errand by its title, not its id.
  const builtIn = loadTasks()
  const [tasks] = await Promise.all([
    loadPublishedTasks(builtIn, { fetchPublished: fetchPublishedErrands }),
    ...LOCALES.map(({ code }) => loadStaffTexts(code)),
  ])
  document.title = 'Digidel – staff'
  document.documentElement.classList.add('staff-console')
  const storage = window.sessionStorage
  const report = location.pathname.replace(/\/+$/, '') === '/staff/report'
  const store = createConsoleStore({
    login: readStoredLogin(storage, Date.now()),
    view: viewOfPath(location.pathname),
  })
  // Each view has its address: switching pushes it, Back and Forward switch back.
  store.subscribe((state, before) => {
    if (!report && state.view !== before.view && viewOfPath(location.pathname) !== state.view) {
      history.pushState(null, '', VIEW_PATHS[state.view])
    }
  })
  window.addEventListener('popstate', () => store.setState({ view: viewOfPath(location.pathname) }))
  const link = createConsoleLink({ store, url: liveUrl(location), openSocket: openBrowserSocket })
  const services: ConsoleServices = {
    store,
    link,
    tasks,
    saveLogin: (login) => storeLogin(storage, login),
  }
  // The report is a page of its own, to print: it needs the login, not the live link.
  if (store.getState().login && !report) link.start()
  // The console never touches the visitor's telemetry or station identity.
  createRoot(root).render(
    <StrictMode>
      <ConsoleProvider services={services}>{report ? <ReportPage /> : <StaffConsole />}</ConsoleProvider>
    </StrictMode>,
  )
}

/** `GET /api/errands` on the console's own server: public, the same list stations read. */
async function fetchPublishedErrands(): Promise<unknown> {
  const answer = await fetch('/api/errands')
  if (!answer.ok) throw new Error(`GET /api/errands answered ${answer.status}`)
  return answer.json()
}
