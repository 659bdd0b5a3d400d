import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { translate } from '../../src/i18n/translate'
import {
  appState,
  openApp,
  targets,
  waitForState,
  waitForTarget,
  waitFrames,
  waitForStartChoices,
} from './support/app-page'
import {
  HEADSET_MIRROR_VIEWPORT,
  launchBrowser,
  newContext,
  recordForeignRequests,
  recordPageErrors,
} from './support/browser'
import { startTestServer, TEST_STAFF_PIN } from './support/server'
import {
  approveStation,
  cardText,
  eventually,
  openConsole,
  openScreenStation,
  stationCard,
  stationIdOf,
} from './support/staff-console'
import { enterVr, pressUntil } from './support/xr'

const ARTIFACTS = 'test-results/staff-console'

let browser: Browser
const contexts: BrowserContext[] = []
const servers: { close: () => Promise<void> }[] = []

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  browser = await launchBrowser()
})

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close()
  for (const server of servers.splice(0)) await server.close()
})

afterAll(async () => {
  await browser?.close()
})

async function serve(overrides: Parameters<typeof startTestServer>[0] = {}): Promise<string> {
  const server = await startTestServer(overrides)
  servers.push(server)
  return server.httpUrl.replace(/\/$/, '')
}

async function page(viewport?: { width: number; height: number }): Promise<Page> {
  const context = await newContext(browser, viewport)
  contexts.push(context)
  return context.newPage()
}

/** What a visitor leaves behind in the store, beyond what `state()` lists. */
function leftovers(visitor: Page) {
  return visitor.evaluate(() => {
    const state = window.__digidel?.store.getState()
    if (!state) throw new Error('no automation interface')
    return { entries: state.entries, heldItem: state.heldItem, guided: state.guided, posture: state.posture }
  })
}

/** Logs how long each phase took, so a slow run says where its time went. */
function phases(): (label: string) => void {
  let last = Date.now()
  return (label) => {
    const now = Date.now()
    process.stdout.write(`  ${label}: ${((now - last) / 1000).toFixed(1)} s\n`)
    last = now
  }
}

describe('staff guided demo mode', () => {
  it('lets staff see a headset in VR appear, follow its steps and steer it', async () => {
    const base = await serve()
    const phase = phases()

    const headset = await page(HEADSET_MIRROR_VIEWPORT)
    const headsetErrors = recordPageErrors(headset)
    const foreign = recordForeignRequests(headset, base)
    await openApp(headset, base, '&emulate=1')
    await enterVr(headset)
    const headsetId = await stationIdOf(headset)
    // The headset's frame rate, counted while the console opens rather than in a wait of its own.
    const framesOf = () => headset.evaluate(() => window.__digidel?.frames() ?? 0)
    const counted = { frames: await framesOf(), at: Date.now() }
    phase('headset in VR')

    const staffPage = await page({ width: 1280, height: 1150 })
    const staffPageErrors = recordPageErrors(staffPage)
    await openConsole(staffPage, base)
    const fps = ((await framesOf()) - counted.frames) / ((Date.now() - counted.at) / 1000)
    phase(`console open (headset at ${fps.toFixed(1)} fps)`)

    // A new headset waits until staff approve the code in its lobby; then it appears, live, in VR.
    expect(await stationCard(staffPage, headsetId).count()).toBe(0)
    await approveStation(staffPage, headset)
    await expect.poll(() => stationCard(staffPage, headsetId).count(), { timeout: 5_000 }).toBe(1)
    await eventually(
      () =>
        stationCard(staffPage, headsetId)
          .textContent()
          .then((text) => /Headset \(VR\)/.test(text ?? '')),
      true,
    )

    phase('console sees it')

    // Name the headset, as staff do when pairing by the code shown in its lobby.
    await stationCard(staffPage, headsetId).click()
    await staffPage.getByTestId('rename-input').fill('Headset 1')
    await staffPage.getByTestId('rename-save').click()
    await eventually(() => stationCard(staffPage, headsetId).locator('.card-name').textContent(), 'Headset 1')

    // Start the bank task in English, and follow the visitor's own progress.
    await staffPage.getByTestId('task-select').selectOption('pay-bill')
    await staffPage.getByTestId('start-locale').selectOption('en')
    await staffPage.getByTestId('cmd-start').click()
    await waitForState(headset, { scene: 'bank', step: 'pick-up-bill', locale: 'en' })
    await eventually(() => cardText(staffPage, headsetId, 'step-label'), 'Step 1 of 11')
    await eventually(
      () => cardText(staffPage, headsetId, 'step-text'),
      translate('en', 'bank.step.pick-up-bill'),
    )

    await pressUntil(headset, 'bank.bill', async () => (await appState(headset)).step === 'start-login', 5)
    await eventually(() => cardText(staffPage, headsetId, 'step-label'), 'Step 2 of 11')

    phase('task started, first step followed')
    // A hint now: it appears in the headset, and the console counts it.
    const hintsBefore = (await appState(headset)).hintsShown
    await staffPage.getByTestId('cmd-hint').click()
    await headset.waitForFunction((count) => (window.__digidel?.state().hintsShown ?? 0) > count, hintsBefore)
    const hinted = await appState(headset)
    expect(hinted.hint).toBe(translate('en', 'bank.hint.start-login'))
    await eventually(() => cardText(staffPage, headsetId, 'hints'), `Hints ${hinted.hintsShown}`)

    // Skip a step, and go back one.
    await staffPage.getByTestId('cmd-skip').click()
    await waitForState(headset, { step: 'confirm-eid' })
    await eventually(() => cardText(staffPage, headsetId, 'step-label'), 'Step 3 of 11')
    await staffPage.getByTestId('cmd-back').click()
    await waitForState(headset, { step: 'start-login' })

    phase('hint, skip, back')
    // Switch the language live: the step text changes language.
    await staffPage.getByTestId('cmd-locale-sv').click()
    await waitForState(headset, { locale: 'sv' })
    await eventually(
      () => cardText(staffPage, headsetId, 'step-text'),
      translate('sv', 'bank.step.start-login'),
    )
    expect(translate('sv', 'bank.step.start-login')).not.toBe(translate('en', 'bank.step.start-login'))

    // Guided mode: the visitor's step is done, but it waits for staff to press next.
    // The switch shows the station's real state, so it flips once the station has applied it.
    await staffPage.getByTestId('guided-toggle').click()
    await expect.poll(() => staffPage.getByTestId('guided-toggle').isChecked()).toBe(true)
    await expect.poll(() => leftovers(headset).then((state) => state.guided)).toBe(true)
    await pressUntil(headset, 'bank.login.eid', async () => (await appState(headset)).waitingForStaff, 5)
    await waitForState(headset, { waitingForStaff: true, step: 'start-login' })
    await eventually(() => cardText(staffPage, headsetId, 'waiting'), 'Waiting for you: press Next')
    await waitFrames(headset, 8)
    expect(await appState(headset)).toMatchObject({ step: 'start-login', waitingForStaff: true })
    await staffPage.getByTestId('cmd-next').click()
    await waitForState(headset, { step: 'confirm-eid', waitingForStaff: false })

    phase('language, guided mode')
    // A second station joins (a screen, opened only now: every rendering page slows the headset down), and
    // the spectator view shows the headset's scene from the visitor's eyes.
    const screen = await openScreenStation(browser, base)
    contexts.push(screen.context())
    const screenId = await stationIdOf(screen)
    await approveStation(staffPage, screen)
    await expect.poll(() => stationCard(staffPage, screenId).count(), { timeout: 5_000 }).toBe(1)
    await staffPage.getByTestId('spectate-toggle').click()
    await staffPage.locator('[data-testid="spectator"][data-scene-ready="bank"]').waitFor()
    // A moment for its text to be laid out and the camera to settle on the head pose.
    await staffPage.waitForTimeout(1500)
    // The viewport is tall enough for the whole console: a full-page capture would re-render the 3D view.
    await staffPage.screenshot({ path: `${ARTIFACTS}/console-two-stations-spectator.png` })
    await staffPage.getByTestId('spectate-toggle').click()
    await staffPage.getByTestId('spectator').waitFor({ state: 'hidden' })
    await screen.context().close()

    phase('second station, spectator view')
    // End and reset: back in the lobby, nothing of the visitor's input left.
    const before = await appState(headset)
    await staffPage.getByTestId('cmd-reset').click()
    await staffPage.getByTestId('cmd-reset').click()
    await waitForState(headset, { scene: 'lobby', task: null, locale: 'sv', status: 'idle' })
    expect((await appState(headset)).sessionId).not.toBe(before.sessionId)
    expect(await leftovers(headset)).toEqual({
      entries: {},
      heldItem: null,
      guided: false,
      posture: 'standing',
    })
    await eventually(() => cardText(staffPage, headsetId, 'step-label'), null)
    expect(await stationCard(staffPage, headsetId).textContent()).toMatch(/Welcome screen/)
    await staffPage.screenshot({ path: `${ARTIFACTS}/console-after-reset.png` })

    phase('reset')
    expect(headsetErrors).toEqual([])
    expect(staffPageErrors).toEqual([])
    expect(foreign).toEqual([])
  })

  it('asks an idle visitor if they are still there, then resets to the welcome screen; kiosk mode needs the PIN to leave', async () => {
    const base = await serve({ idleSeconds: 3 })
    const station = await page({ width: 800, height: 500 })
    await openApp(station, base, '')
    await waitForStartChoices(station)
    await station.getByTestId('use-screen').click()

    // A visit: English, the bank task, the bill picked up. Keyboard only, then hands off.
    const press = async (id: string) => {
      await station.focus(`[data-interactable="${id}"]`)
      await station.keyboard.press('Enter')
    }
    await press('lobby.language.en')
    await press('lobby.task.pay-bill')
    await waitForState(station, { scene: 'bank', step: 'pick-up-bill', locale: 'en' })
    await press('bank.bill')
    await waitForState(station, { step: 'start-login' })
    const visit = await appState(station)

    const prompt = station.getByTestId('kiosk-prompt')
    await prompt.waitFor({ timeout: 6_000 })
    expect(await prompt.textContent()).toMatch(/Are you still there\?/)
    await station.screenshot({ path: `${ARTIFACTS}/idle-prompt.png` })
    await station.getByTestId('kiosk-attract').waitFor({ timeout: 6_000 })
    await station.screenshot({ path: `${ARTIFACTS}/idle-welcome.png` })

    const after = await appState(station)
    expect(after).toMatchObject({ scene: 'lobby', task: null, locale: 'sv', status: 'idle' })
    expect(after.sessionId).not.toBe(visit.sessionId)
    expect(await leftovers(station)).toEqual({
      entries: {},
      heldItem: null,
      guided: false,
      posture: 'standing',
    })

    // Any touch starts again, and presses nothing under the welcome screen: here, the lobby's Settings button.
    const settings = (await targets(station)).find((target) => target.id === 'lobby.settings')?.screen
    if (!settings) throw new Error('the lobby’s Settings button is not on screen under the welcome screen')
    await station.mouse.click(settings[0], settings[1])
    await station.getByTestId('kiosk-attract').waitFor({ state: 'detached' })
    await waitFrames(station, 3)
    expect(await station.getByTestId('settings-close').isVisible()).toBe(false)

    // Leaving kiosk mode on the station itself needs the staff PIN.
    await station.getByTestId('station-staff').click()
    await station.getByTestId('station-pin').fill('0000')
    await station.getByRole('button', { name: 'Lås upp' }).click()
    await station.getByRole('alert').filter({ hasText: 'Fel PIN-kod.' }).waitFor()
    expect(await station.getByTestId('station-kiosk-toggle').count()).toBe(0)
    await station.getByTestId('station-pin').fill(TEST_STAFF_PIN)
    await station.getByRole('button', { name: 'Lås upp' }).click()
    await station.getByTestId('station-kiosk-toggle').click()
    await station.getByRole('button', { name: 'Stäng' }).click()
    await station.waitForTimeout(4500)
    expect(await station.getByTestId('kiosk-prompt').count()).toBe(0)
  })

  it('in VR, asks in 3D in front of the visitor, resets, and starts again with the trigger', async () => {
    const base = await serve({ idleSeconds: 3 })
    const headset = await page(HEADSET_MIRROR_VIEWPORT)
    await openApp(headset, base, '&emulate=1')
    await enterVr(headset)
    // Visitor input through the page (keyboard on the accessible mirror), then nothing: no input, no head movement.
    await headset.focus('[data-interactable="lobby.language.en"]')
    await headset.keyboard.press('Enter')
    await headset.focus('[data-interactable="lobby.task.pay-bill"]')
    await headset.keyboard.press('Enter')
    await waitForState(headset, { scene: 'bank', locale: 'en' })
    const visit = await appState(headset)

    // The prompt shows for 2 s only, so it is caught in the page rather than polled from here.
    await headset.waitForFunction(() =>
      window.__digidel?.targets().some((target) => target.id === 'kiosk.still-here'),
    )
    await waitForTarget(headset, 'kiosk.start')
    await waitForState(headset, { scene: 'lobby', task: null, locale: 'sv' })
    expect((await appState(headset)).sessionId).not.toBe(visit.sessionId)
    await waitFrames(headset, 4)
    await headset.screenshot({ path: `${ARTIFACTS}/vr-welcome-after-idle.png` })

    // Point at Start and pull the trigger: the welcome panel goes, and the lobby is ready.
    await pressUntil(
      headset,
      'kiosk.start',
      async () => !(await targets(headset)).some((t) => t.id === 'kiosk.start'),
    )
  })
})
