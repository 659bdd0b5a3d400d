import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { liveUrl, openBrowserSocket } from '../station/reconnecting-socket'
import { loadTasks } from '../tasks/registry'
import { ConsoleProvider, type ConsoleServices } from './console-context'
import { createConsoleLink } from './console-link'
import { createConsoleStore, readStoredLogin, storeLogin } from './console-store'
import { StaffConsole } from './staff-console'
import './staff.css'

/** Starts the staff console at `/staff`: its own code-split entry, sharing the scenes for the spectator view. */
export function startStaffConsole(root: HTMLElement): void {
  document.title = 'Digidel – staff'
  document.documentElement.classList.add('staff-console')
  const storage = window.sessionStorage
  const store = createConsoleStore({ login: readStoredLogin(storage, Date.now()) })
  const link = createConsoleLink({ store, url: liveUrl(location), openSocket: openBrowserSocket })
  const services: ConsoleServices = {
    store,
    link,
    tasks: loadTasks(),
    saveLogin: (login) => storeLogin(storage, login),
  }
  if (store.getState().login) link.start()
  // The console never touches the visitor's telemetry or station identity.
  createRoot(root).render(
    <StrictMode>
      <ConsoleProvider services={services}>
        <StaffConsole />
      </ConsoleProvider>
    </StrictMode>,
  )
}
