// The soak itself: the server, the stations and the console, visitors in a loop on every station at once, and the
// faults of a day (a killed server, a dropped network, a reload, a closed tab). Returns what it measured.

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchBrowser } from '../../tests/e2e/support/browser'
import { tallyEvents, type EventRef, type EventTally } from './events'
import { SOAK_STAFF_PIN, startServerProcess, type ServerProcess } from './server-process'
import { openSoakConsole } from './staff-console'
import { Station, type SoakStation, type StationKind } from './station'
import { visitorPlan, type VisitorPlan } from './visitor-plan'

/** Which faults happen, and where. */
export interface SoakFaults {
  /** Kill the server (SIGKILL) once this many visitors have finished in all, and start it again. */
  restartAfterVisitors?: number
  /** This station (index) reloads its page in the middle of its second visitor's errand. */
  reloadStation?: number
  /** This station's second visitor closes the tab in the middle of the errand. */
  closeTabStation?: number
  /** This station loses its network for `networkCutMs` as its second visitor starts. */
  networkCutStation?: number
  networkCutMs?: number
}

export interface SoakOptions {
  visitors: number
  stations: readonly StationKind[]
  faults: SoakFaults
  /** The kiosk's idle time: short, so walking away does not take minutes. */
  idleSeconds: number
  /** No station starts a new visitor after this many minutes: the day ends early, and the table says so. */
  maxMinutes?: number
  /** The built app the server serves. @default dist/ */
  staticDir?: string
  /** A screen station's frames per second at most (see `Station.open`). @default uncapped */
  tabletFps?: number
  /** What each visitor does. @default visitorPlan */
  plan?: (station: number, visit: number) => VisitorPlan
  log?: (line: string) => void
}

/** What the soak measured. */
export interface SoakReport {
  stations: SoakStation[]
  events: EventTally
  /** Server memory after the first and the last tenth of the visitors (bytes). */
  serverRss: { firstTenth: number | null; last: number | null }
  /** Live-link messages the console received per second, over the whole run. */
  consoleMessagesPerSecond: number
  durationMs: number
  faults: string[]
  consoleErrors: string[]
}

async function storedEvents(url: string, sessions: Iterable<string>): Promise<EventRef[]> {
  const login = await fetch(`${url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pin: SOAK_STAFF_PIN }),
  })
  const { token } = (await login.json()) as { token: string }
  const stored: EventRef[] = []
  for (const session of sessions) {
    const response = await fetch(`${url}/api/sessions/${session}/events`, {
      headers: { authorization: `Bearer ${token}` },
    })
    if (response.status === 404) continue
    const { events } = (await response.json()) as { events: EventRef[] }
    stored.push(...events.map((event) => ({ id: event.id, type: event.type })))
  }
  return stored
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? (() => undefined)
  const server: ServerProcess = await startServerProcess({
    dataDir: mkdtempSync(join(tmpdir(), 'digidel-soak-')),
    idleSeconds: options.idleSeconds,
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
  })
  // A browser per station, as each station is its own device: each has its own GPU process, so the stations'
  // software rendering runs side by side instead of queueing in one. The console shares the first.
  const browsers = await Promise.all(options.stations.map(() => launchBrowser()))
  const faults: string[] = []
  const started = Date.now()
  try {
    const [first] = browsers
    if (!first) throw new Error('the soak needs a station')
    const staff = await openSoakConsole(first, server.url)
    const stations: Station[] = []
    for (const [index, kind] of options.stations.entries()) {
      const browser = browsers[index] ?? first
      const station = await Station.open(browser, server.url, `${kind}-${index + 1}`, kind, {
        ...(options.tabletFps !== undefined ? { maxFps: options.tabletFps } : {}),
      })
      await staff.approve(station.page)
      stations.push(station)
    }
    let finished = 0
    let restarted = false
    const serverRss = { firstTenth: null as number | null, last: null as number | null }
    const firstTenth = Math.max(1, Math.ceil(options.visitors / 10))
    const perStation = options.stations.map(
      (_, index) =>
        Math.floor(options.visitors / options.stations.length) +
        (index < options.visitors % options.stations.length ? 1 : 0),
    )
    const afterVisit = async () => {
      finished++
      if (finished === firstTenth) serverRss.firstTenth = server.rssBytes()
      const restartAt = options.faults.restartAfterVisitors
      if (!restarted && restartAt !== undefined && finished >= restartAt) {
        restarted = true
        faults.push(`server killed (SIGKILL) after ${finished} visitors, started again 2 s later`)
        log(`  server: SIGKILL after ${finished} visitors`)
        await server.kill()
        await new Promise((resolve) => setTimeout(resolve, 2000))
        await server.start()
        await staff.ensureLive()
      }
    }
    const loop = async (station: Station, index: number) => {
      // The reload or closed tab waits for a visitor who reaches the middle of an errand (from the second on), and
      // is counted as a fault only once it happened.
      let interruptDone = false
      for (let visit = 0; visit < (perStation[index] ?? 0); visit++) {
        if (options.maxMinutes !== undefined && Date.now() - started > options.maxMinutes * 60_000) {
          faults.push(
            `${station.state.name}: stopped after ${visit} visitors, at the ${options.maxMinutes} min limit`,
          )
          break
        }
        const plan = (options.plan ?? visitorPlan)(index, visit)
        if (visit === 1 && options.faults.networkCutStation === index) {
          const ms = options.faults.networkCutMs ?? 30_000
          faults.push(`${station.state.name}: network cut for ${ms / 1000} s during visitor ${visit + 1}`)
          void station.cutNetwork(ms)
        }
        let interrupt: (() => Promise<void>) | undefined
        if (visit >= 1 && !interruptDone && options.faults.reloadStation === index) {
          interrupt = async () => {
            interruptDone = true
            faults.push(`${station.state.name}: reloaded in the middle of visitor ${visit + 1}'s errand`)
            await station.reload()
          }
        } else if (visit >= 1 && !interruptDone && options.faults.closeTabStation === index) {
          interrupt = async () => {
            interruptDone = true
            faults.push(
              `${station.state.name}: visitor ${visit + 1} closed the tab in the middle of the errand`,
            )
            await station.closeTab()
          }
        }
        const outcome = await station.visit(plan, staff, interrupt)
        log(
          `  ${station.state.name} visitor ${visit + 1}: ${outcome.errand}, ${outcome.ending} after ${outcome.steps} steps ` +
            `(${outcome.mistakes} mistakes, ${outcome.staffCalls} staff calls; ${outcome.endedAt}; pressed by mistake: ${outcome.wrongPresses.join(' ') || '-'}; ` +
            `${outcome.fps.toFixed(1)} fps)${outcome.failure ? `\n    FAILED: ${outcome.failure}` : ''}`,
        )
        await afterVisit()
      }
    }
    await Promise.all(stations.map((station, index) => loop(station, index)))
    serverRss.last = server.rssBytes()
    // Every queue sends what it holds once the network and the server are back: wait for the last events.
    for (const station of stations) await station.collectEvents()
    const emitted = stations.flatMap((station) => [...station.state.emitted.values()])
    const sessions = new Set(stations.flatMap((station) => [...station.state.sessions]))
    let stored = await storedEvents(server.url, sessions)
    const deadline = Date.now() + 60_000
    while (tallyEvents(emitted, stored).lost.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2000))
      stored = await storedEvents(server.url, sessions)
    }
    const durationMs = Date.now() - started
    const report: SoakReport = {
      stations: stations.map((station) => station.state),
      events: tallyEvents(emitted, stored),
      serverRss,
      consoleMessagesPerSecond: staff.messages() / (durationMs / 1000),
      durationMs,
      faults,
      consoleErrors: staff.errors,
    }
    for (const station of stations) await station.close()
    return report
  } finally {
    await Promise.all(browsers.map((browser) => browser.close()))
    await server.stop()
  }
}
