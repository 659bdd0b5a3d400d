import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './app/app.css'
import { installAutomation } from './app/automation'
import type { RenderProbe } from './app/render-probe'
import { readUrlOptions } from './app/url-options'
import { createAppStore } from './state/app-store'
import { AppStoreProvider } from './state/store-context'
import { liveUrl, openBrowserSocket } from './live/reconnecting-socket'
import { createStation } from './station/station'
import { StationProvider } from './station/station-context'
import { loadTasks } from './errands/load-tasks'
import type { TelemetryEventInput } from './telemetry/event-schema'
import { createTelemetryQueue } from './telemetry/queue'
import { InteractableRegistryProvider } from './ui/interactable-context'
import { createInteractableRegistry } from './ui/interactable-registry'
import { createAppXRStore } from './xr/xr-store'
import { espeakClipVoice, speechSynthesisVoice } from './narration/browser-voices'
import { NarratorProvider } from './narration/narration-context'
import { AppKitProvider } from './ui/app-kit-provider'
import { narrateStore } from './narration/narrate-store'
import { createNarrator } from './narration/narrator'
import { loadLocaleTexts, textsPending } from './i18n/load-locale'
import { DEFAULT_LOCALE } from './domain/locales'

const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.1.0'

async function start(root: HTMLElement): Promise<void> {
  const options = readUrlOptions(location.search)
  // Only the languages in use: the default one (every visit starts and ends in it) and the one asked for.
  await Promise.all([loadLocaleTexts(DEFAULT_LOCALE), options.locale && loadLocaleTexts(options.locale)])
  const telemetry = createTelemetryQueue({
    // A reload or a closed tab ends the visit; its end goes out with the page's last request.
    onPageHide: () => store.getState().endVisit('unload'),
  })
  // With ?automation=1, tests can compare what the page emitted with what the server stored.
  const emitted: TelemetryEventInput[] = []
  const store = createAppStore({
    tasks: loadTasks(),
    emitTelemetry: (event) => {
      if (options.automation) emitted.push(event)
      const stored = telemetry.enqueue(event)
      // A finished errand goes out at once, not at the next timed flush (up to 5 s later): staff see it in the
      // console as the visitor finishes.
      void (event.type === 'task_completed' ? stored.then(() => telemetry.flush()) : stored)
    },
    appVersion: APP_VERSION,
    textsPending,
  })
  telemetry.start()
  // Back from the browser's page cache: the visit was reported as ended, so the next one starts afresh.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) store.getState().resetSession('unload')
  })
  if (options.locale) store.setState({ locale: options.locale })
  // Automation drives the emulator through its remote: its on-screen controls would only cost frames.
  const xrStore = createAppXRStore({
    emulate: options.emulate,
    emulatorControls: !options.automation,
    origin: location.origin,
  })
  const registry = createInteractableRegistry()
  const probe: RenderProbe = { frames: 0, camera: null, canvas: null, renderer: null, scene: null }
  // The browser's own voice where it has one for the language, else the offline clips; never a network service.
  const narrator = createNarrator([speechSynthesisVoice(window.speechSynthesis), espeakClipVoice()])
  narrateStore(store, narrator)
  if (options.automation) installAutomation(store, registry, xrStore, probe, narrator, emitted)
  const station = createStation({
    appStore: store,
    xrPresenting: () => xrStore.getState().session != null,
    url: liveUrl(location),
    openSocket: openBrowserSocket,
    storage: safeLocalStorage(),
  })
  station.start()

  createRoot(root).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <StationProvider station={station}>
          <InteractableRegistryProvider registry={registry}>
            <NarratorProvider narrator={narrator}>
              <AppKitProvider>
                <App
                  xrStore={xrStore}
                  probe={probe}
                  emulated={options.emulate}
                  renderScale={options.renderScale}
                />
              </AppKitProvider>
            </NarratorProvider>
          </InteractableRegistryProvider>
        </StationProvider>
      </AppStoreProvider>
    </StrictMode>,
  )
}

/** Where the station keeps its name; null where the browser refuses storage. */
function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
/** A broken task file or scene is a build mistake (and a failed text fetch a network one): say so plainly. */
function showStartError(root: HTMLElement, error: unknown): never {
  root.textContent = `Digidel VR could not start: ${error instanceof Error ? error.message : String(error)}`
  throw error
}

// Staff get their console, in its own chunk; everyone else is a visitor at a station.
const starting = location.pathname.startsWith('/staff')
  ? import('./staff/staff-main').then(({ startStaffConsole }) => startStaffConsole(root))
  : start(root)
starting.catch((error: unknown) => showStartError(root, error))
