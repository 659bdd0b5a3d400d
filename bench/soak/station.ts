// One station of the soak: an emulated headset in VR or a touch tablet, and its visitors one after another, from
// the kiosk's welcome to the end, with real input (controller ray and trigger, or taps).

import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core'
import {
  appState,
  openApp,
  targets,
  waitForState,
  waitForTarget,
  waitFrames,
} from '../../tests/e2e/support/app-page'
import { controllerDriver, typeOnKeypad, type InputDriver } from '../../tests/e2e/support/drivers'
import { startFromLobby } from '../../tests/e2e/support/lobby'
import { enterVr, pressUntil } from '../../tests/e2e/support/xr'
import { STATION_STORAGE_KEY } from '../../src/station/station-identity'
import type { EventRef } from './events'
import {
  EVENT_TAP_BINDING,
  EVENT_TAP_SCRIPT,
  RELEASE_PROBE_SCRIPT,
  sampleAtLobby,
  type ResetSample,
} from './page-probe'
import type { SoakConsole } from './staff-console'
import type { VisitorPlan } from './visitor-plan'

/** How a station's visitors take part. */
export type StationKind = 'headset' | 'tablet'

/** What one visitor did, as the soak counts it. */
export interface VisitOutcome {
  errand: string
  /** `failed`: the soak could not drive the visit to its end (see `failure`); staff reloaded the station. */
  ending: 'completed' | 'walked-away' | 'interrupted' | 'failed'
  steps: number
  mistakes: number
  staffCalls: number
  /** Where it ended: the task's status and step. */
  endedAt: string
  /** The controls pressed by mistake. */
  wrongPresses: string[]
  /** Frames the page rendered per second during the visit (an emulated headset needs about 4 for a press). */
  fps: number
  /** What stopped a failed visit. */
  failure?: string
}

/** A station and everything the soak learns from it. */
export interface SoakStation {
  name: string
  kind: StationKind
  page: Page
  /** Every event any of this station's pages emitted, by id. */
  emitted: Map<string, EventRef>
  sessions: Set<string>
  /** Uncaught errors in the page. */
  pageErrors: string[]
  /** Errors the page logged: the network ones during a fault are expected and counted apart. */
  loggedErrors: string[]
  /** One sample after each reset back to the lobby. */
  resets: ResetSample[]
  visits: VisitOutcome[]
  /** Milliseconds from a visitor's step starting to the console's card showing it. */
  stepLatencies: number[]
  stationId: string
}

/** A tap with a finger in the middle of an interactable on the tablet. */
const touchDriver: InputDriver = {
  press: async (page, id, options) => {
    await waitForTarget(page, id, { enabled: !options?.disabled })
    await waitFrames(page, 3)
    const target = (await targets(page)).find((candidate) => candidate.id === id)
    if (!target?.screen) throw new Error(`${id} is not on screen`)
    await page.touchscreen.tap(target.screen[0], target.screen[1])
    await waitFrames(page, 3)
  },
  typeDigits: async (page, digits) => typeOnKeypad(touchDriver.press)(page, digits),
}

/**
 * Injected before any page script: the page's animation frames at most `fps` a second. A tap needs no frame rate
 * (the pointer events come with it), while an emulated headset's press and release must land within 300 ms; in
 * software rendering on two cores, a screen station at full frame rate took the frames the headsets needed.
 * WebXR frames (the headsets') come from the XR session, not the window, and are never capped.
 */
function frameCapScript(fps: number): string {
  return `(() => {
    const request = window.requestAnimationFrame.bind(window)
    const cancel = window.cancelAnimationFrame.bind(window)
    const gap = 1000 / ${fps}
    let last = 0
    let next = 0
    const pending = new Map()
    window.requestAnimationFrame = (callback) => {
      const id = ++next
      const timer = setTimeout(() => {
        pending.set(id, { frame: request((time) => { pending.delete(id); last = time; callback(time) }) })
      }, Math.max(0, last + gap - performance.now()))
      pending.set(id, { timer })
      return id
    }
    window.cancelAnimationFrame = (id) => {
      const handle = pending.get(id)
      pending.delete(id)
      if (handle && handle.timer !== undefined) clearTimeout(handle.timer)
      if (handle && handle.frame !== undefined) cancel(handle.frame)
    }
  })()`
}

/** Controls a soak visitor never presses by mistake: they leave the errand, or belong to staff or the kiosk. */
const NEVER_BY_MISTAKE =
  /^(help|settings|station|kiosk|survey|lobby|menu|leave|caption|recenter)|\.(leave|back|close|cancel|log-out)$/

export class Station {
  readonly state: SoakStation
  private context: BrowserContext
  private cdp: CDPSession | null = null
  private pageLoads = 0
  private readonly driver: InputDriver

  private constructor(
    private readonly browser: Browser,
    private readonly url: string,
    name: string,
    kind: StationKind,
    context: BrowserContext,
    page: Page,
  ) {
    this.context = context
    this.driver = kind === 'headset' ? controllerDriver() : touchDriver
    this.state = {
      name,
      kind,
      page,
      emitted: new Map(),
      sessions: new Set(),
      pageErrors: [],
      loggedErrors: [],
      resets: [],
      visits: [],
      stepLatencies: [],
      stationId: '',
    }
  }

  /**
   * Opens the station's page and brings it to its first visitor's welcome. `maxFps` caps a screen station's frames
   * (its window animation frames), so that it leaves the CPU to the headsets beside it.
   */
  static async open(
    browser: Browser,
    url: string,
    name: string,
    kind: StationKind,
    { maxFps }: { maxFps?: number } = {},
  ): Promise<Station> {
    const context = await browser.newContext(
      kind === 'headset'
        ? // The page only mirrors the headset, and its canvas is the emulated headset's framebuffer, both eyes
          // drawn on the CPU: at 320x200, beside two other stations on two cores, a press and its release land
          // within the pointer's 300 ms click threshold (at 480x300 the second headset fell under 4 fps).
          { viewport: { width: 320, height: 200 }, deviceScaleFactor: 1 }
        : { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, hasTouch: true },
    )
    if (kind === 'tablet' && maxFps !== undefined) await context.addInitScript(frameCapScript(maxFps))
    const page = await context.newPage()
    const station = new Station(browser, url, name, kind, context, page)
    await station.load(page)
    return station
  }

  get page(): Page {
    return this.state.page
  }

  private async load(page: Page): Promise<void> {
    this.state.page = page
    this.pageLoads++
    page.on('pageerror', (error) => this.state.pageErrors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') this.state.loggedErrors.push(message.text())
    })
    await page.exposeFunction(EVENT_TAP_BINDING, (json: string) => {
      const event = JSON.parse(json) as EventRef & { session: string }
      this.state.emitted.set(event.id, { id: event.id, type: event.type })
      this.state.sessions.add(event.session)
    })
    await page.addInitScript(EVENT_TAP_SCRIPT)
    await page.addInitScript(RELEASE_PROBE_SCRIPT)
    // tsx (unlike vitest) names inner functions with an `__name` helper; the shared e2e helpers pass such
    // functions to the page, which has no helper of that name.
    await page.addInitScript('globalThis.__name = (target) => target')
    this.cdp = await this.context.newCDPSession(page)
    await openApp(page, this.url, this.state.kind === 'headset' ? '&emulate=1' : '')
    this.state.stationId = await page.evaluate((key) => {
      const text = localStorage.getItem(key)
      return text ? (JSON.parse(text) as { id: string }).id : ''
    }, STATION_STORAGE_KEY)
  }

  /** Reads the events the page emitted so far into the station's tally (before a reload or close loses them). */
  async collectEvents(): Promise<void> {
    const events = (await this.page
      .evaluate(() =>
        (window.__digidel?.telemetry() ?? []).map((event) => ({
          id: event.id,
          type: event.type,
          session: event.sessionId,
        })),
      )
      .catch(() => [])) as (EventRef & { session: string })[]
    for (const event of events) {
      this.state.emitted.set(event.id, { id: event.id, type: event.type })
      this.state.sessions.add(event.session)
    }
  }

  /** The first visitor's way in: "Enter VR", or "Use on this screen" with a tap. */
  private async enter(): Promise<void> {
    if (this.state.kind === 'headset') {
      await this.page.getByTestId('enter-vr').waitFor({ timeout: 120_000 })
      await enterVr(this.page)
    } else {
      const start = this.page.locator('[data-testid="use-screen"]:not([disabled])')
      await start.waitFor({ timeout: 120_000 })
      await start.tap()
      await waitForState(this.page, { mode: 'desktop' })
    }
  }

  /** From the welcome (or the start screen after a reload) to the lobby. */
  private async arrive(): Promise<void> {
    const { entered } =
      (await this.page.evaluate(() => ({ entered: window.__digidel?.store.getState().entered }))) ?? {}
    if (!entered) {
      await this.enter()
    } else if (this.state.kind === 'headset') {
      await this.driver.press(this.page, 'kiosk.start')
    } else {
      await this.page.getByTestId('kiosk-attract').tap()
      await this.page.getByTestId('kiosk-attract').waitFor({ state: 'detached' })
    }
    // A new headset visitor is offered the first-steps lesson: this one has an errand in mind.
    await waitFrames(this.page, 5)
    if ((await targets(this.page)).some((target) => target.id === 'lobby.basics.skip')) {
      await this.driver.press(this.page, 'lobby.basics.skip')
    }
  }

  /**
   * One visitor, as planned: picks the errand, makes mistakes, calls staff when stuck (keypads and typed fields are
   * left to staff, who skip that step from the console), and either finishes and gives feedback or walks away.
   * Either way the idle reset ends the visit. `interrupt` runs after the visitor's second step (a fault).
   */
  async visit(plan: VisitorPlan, staff: SoakConsole, interrupt?: () => Promise<void>): Promise<VisitOutcome> {
    const outcome: VisitOutcome = {
      errand: plan.errand,
      ending: 'walked-away',
      steps: 0,
      mistakes: 0,
      staffCalls: 0,
      endedAt: '',
      wrongPresses: [],
      fps: 0,
    }
    const started = { at: Date.now(), frames: await this.frames() }
    const fps = async () =>
      ((await this.frames()) - started.frames) / Math.max(0.001, (Date.now() - started.at) / 1000)
    // A reload or a new tab starts the page's frame count again: the visit's frame rate is read before either.
    const measuredInterrupt =
      interrupt &&
      (async () => {
        outcome.fps = await fps()
        await interrupt()
      })
    try {
      await this.runVisit(plan, staff, outcome, measuredInterrupt)
      if (outcome.ending !== 'interrupted') outcome.fps = await fps()
    } catch (error) {
      // The day goes on: staff reload a station that is stuck, and the soak counts the visit as failed.
      outcome.fps = await fps().catch(() => 0)
      outcome.ending = 'failed'
      outcome.failure = error instanceof Error ? error.message.split('\n')[0] : String(error)
      const state = await appState(this.page).catch(() => null)
      outcome.endedAt = state ? `${state.status} at ${state.step ?? '-'} (${state.scene})` : 'no page'
      if (!this.state.visits.includes(outcome)) this.state.visits.push(outcome)
      await this.page
        .screenshot({ path: `test-results/soak-${this.state.name}-visit-${this.state.visits.length}.png` })
        .catch(() => undefined)
      await this.reload()
    }
    return outcome
  }

  private async frames(): Promise<number> {
    return this.page.evaluate(() => window.__digidel?.frames() ?? 0).catch(() => 0)
  }

  private async runVisit(
    plan: VisitorPlan,
    staff: SoakConsole,
    outcome: VisitOutcome,
    interrupt?: () => Promise<void>,
  ): Promise<void> {
    await this.arrive()
    await startFromLobby(this.page, this.driver, plan.errand)
    await waitForState(this.page, { task: plan.errand, status: 'running' })
    let wrongPresses = 0
    for (;;) {
      const state = await appState(this.page)
      if (state.status !== 'running') break
      if (outcome.steps === 2 && interrupt) {
        await this.collectEvents()
        await interrupt()
        outcome.ending = 'interrupted'
        outcome.endedAt = `interrupted at ${state.step ?? '-'}`
        this.state.visits.push(outcome)
        return
      }
      if (plan.ending === 'walk-away' && outcome.steps >= plan.walkAwayAfterSteps) break
      const label = await staff.stepLabel(this.state.stationId)
      const inView = await targets(this.page)
      const right = inView.filter((target) => target.highlighted && target.enabled)
      const typing = right.length === 0 || right.some((target) => /keypad|keyboard|field/.test(target.id))
      if (wrongPresses < plan.mistakes) {
        const wrong = inView.find(
          (target) =>
            target.enabled &&
            !target.highlighted &&
            !NEVER_BY_MISTAKE.test(target.id) &&
            !/keypad|keyboard/.test(target.id),
        )
        wrongPresses++
        if (wrong) {
          outcome.wrongPresses.push(wrong.id)
          await this.driver.press(this.page, wrong.id).catch(() => undefined)
        }
        continue
      }
      let advanced = false
      if (!typing) {
        for (const target of right) {
          await this.driver.press(this.page, target.id).catch(() => undefined)
          advanced = await this.stepChanged(state.stepIndex, 10_000)
          if (advanced) break
        }
      }
      if (!advanced) {
        outcome.staffCalls++
        await this.callStaff()
        await staff.answerHelp(this.state.stationId)
        advanced = await this.stepChanged(state.stepIndex, 30_000)
        if (!advanced) throw new Error(`${this.state.name}: staff skipped, and the step stayed ${state.step}`)
      }
      outcome.steps++
      await this.timeConsole(staff, label)
    }
    const ended = await appState(this.page)
    outcome.mistakes = ended.mistakes
    outcome.endedAt = `${ended.status} at ${ended.step ?? '-'}`
    if (ended.status === 'completed') {
      outcome.ending = 'completed'
      await this.giveFeedback()
    }
    await this.waitForIdleReset()
    this.state.visits.push(outcome)
    await this.collectEvents()
    this.state.resets.push(await sampleAtLobby(this.page, this.requireCdp(), this.pageLoads))
  }

  /** The DevTools session of the station's current page (heap, garbage collection). */
  requireCdp(): CDPSession {
    if (!this.cdp) throw new Error('the station has no page')
    return this.cdp
  }

  private async stepChanged(stepIndex: number | null, timeout: number): Promise<boolean> {
    const deadline = Date.now() + timeout
    while (Date.now() < deadline) {
      const now = await appState(this.page)
      if (now.status !== 'running' || now.stepIndex !== stepIndex) return true
      await this.page.waitForTimeout(100)
    }
    return false
  }

  /** How long the console's card takes to show the visitor's new step. */
  private async timeConsole(staff: SoakConsole, before: string | null): Promise<void> {
    const started = Date.now()
    while (Date.now() - started < 10_000) {
      const label = await staff.stepLabel(this.state.stationId)
      if (label !== before) {
        this.state.stepLatencies.push(Date.now() - started)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }

  /** Presses "Call staff" until the station says staff are called (a second press changes nothing). */
  private async callStaff(): Promise<void> {
    const called = async () =>
      (await this.page.evaluate(() => window.__digidel?.store.getState().helpRequested)) === true
    if (this.state.kind === 'headset') await pressUntil(this.page, 'help.call', called)
    else await this.page.getByTestId('help-call').tap()
    const deadline = Date.now() + 10_000
    while (!(await called())) {
      if (Date.now() > deadline) throw new Error(`${this.state.name}: "Call staff" did not call staff`)
      await this.page.waitForTimeout(100)
    }
  }

  /** Picks the first answer to each feedback question it is shown, and sends. */
  private async giveFeedback(): Promise<void> {
    if (this.state.kind === 'headset') {
      await waitForTarget(this.page, 'survey.send').catch(() => undefined)
      const chip = (await targets(this.page)).find((target) => target.id.startsWith('survey.unclear.'))
      if (chip) await this.driver.press(this.page, chip.id).catch(() => undefined)
      if ((await targets(this.page)).some((target) => target.id === 'survey.send'))
        await this.driver.press(this.page, 'survey.send').catch(() => undefined)
    } else {
      const survey = this.page.getByTestId('survey')
      if (await survey.isVisible({ timeout: 10_000 }).catch(() => false)) {
        await survey
          .locator('button[aria-pressed]')
          .first()
          .tap()
          .catch(() => undefined)
        await this.page
          .getByTestId('survey-send')
          .tap()
          .catch(() => undefined)
      }
    }
  }

  /** Hands off: the kiosk asks "Are you still there?", then resets to its welcome. */
  private async waitForIdleReset(): Promise<void> {
    await this.page.waitForFunction(
      () => {
        const state = window.__digidel?.state()
        return state?.scene === 'lobby' && state.task === null
      },
      undefined,
      { timeout: 120_000 },
    )
    if (this.state.kind === 'headset') await waitForTarget(this.page, 'kiosk.start')
    else await this.page.getByTestId('kiosk-attract').waitFor({ timeout: 120_000 })
    await waitFrames(this.page, 5)
  }

  /**
   * Reloads the page (in the middle of a step, or a stuck station), and the next visitor starts afresh. While the
   * server is down (the restart fault) the page cannot load: staff wait until the server answers and try again.
   */
  async reload(): Promise<void> {
    await this.collectEvents()
    this.pageLoads++
    const deadline = Date.now() + 120_000
    for (;;) {
      try {
        await this.page.reload()
        await this.page.waitForFunction(() => window.__digidel !== undefined, undefined, { timeout: 60_000 })
        break
      } catch (error) {
        if (Date.now() > deadline) throw error
        await this.untilServerAnswers(deadline)
      }
    }
    await this.page.evaluate(() => {
      window.__digidel?.store.getState().setAskConfidence(false, 'staff')
      window.__digidel?.store.getState().answerBasicsOffer()
    })
  }

  private async untilServerAnswers(deadline: number): Promise<void> {
    while (Date.now() < deadline) {
      const answered = await fetch(`${this.url}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
      if (answered) return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }

  /** The visitor closes the tab; a member of staff opens the app again in a new one. */
  async closeTab(): Promise<void> {
    await this.collectEvents()
    await this.page.close()
    await this.load(await this.context.newPage())
  }

  /** Cuts the station's network for `ms`, in the background. */
  cutNetwork(ms: number): Promise<void> {
    return (async () => {
      await this.context.setOffline(true)
      await new Promise((resolve) => setTimeout(resolve, ms))
      await this.context.setOffline(false)
    })()
  }

  async close(): Promise<void> {
    await this.collectEvents()
    await this.context.close()
    void this.browser
  }
}
