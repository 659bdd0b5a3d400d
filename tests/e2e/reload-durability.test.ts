import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { TelemetryEventInput } from '../../src/telemetry/event-schema'
import { openApp, turnOffConfidenceQuestion, waitForState, waitForTarget } from './support/app-page'
import { startApiSwitch, type ApiSwitch } from './support/api-switch'
import { DESKTOP_VIEWPORT, launchBrowser, newContext, recordPageErrors } from './support/browser'
import { mouseDriver } from './support/drivers'
import { startTestServer, staffToken, storedEvents as storedEventsOf } from './support/server'

const mouse = mouseDriver()

// "Nothing queued is lost to a reload or to the server being down", in a real browser: IndexedDB, the
// unload, keepalive requests and the page's own timers as Chromium runs them.

let server: Awaited<ReturnType<typeof startTestServer>>
let proxy: ApiSwitch
let browser: Browser
let token: string
const contexts: BrowserContext[] = []

beforeAll(async () => {
  server = await startTestServer()
  proxy = await startApiSwitch(server.httpUrl)
  browser = await launchBrowser()
  token = await staffToken(server.httpUrl)
})

afterEach(async () => {
  proxy.setApiDown(false)
  for (const context of contexts.splice(0)) await context.close()
})

afterAll(async () => {
  await browser?.close()
  await proxy?.close()
  await server?.close()
})

/** The events the server holds for a visit, read straight from it (not through the proxy). */
const storedEvents = (sessionId: string) => storedEventsOf(server.httpUrl, sessionId, token)

/** On a screen: start "Pay a bill" and do three steps with the mouse, in a few seconds. */
async function threeStepsIntoPayBill(page: Page): Promise<void> {
  await page.getByTestId('use-screen').click()
  await mouse.press(page, 'lobby.task.pay-bill')
  await waitForState(page, { scene: 'bank', step: 'pick-up-bill' })
  const steps = [
    ['bank.bill', 'start-login'],
    ['bank.login.eid', 'confirm-eid'],
    ['bank.phone.confirm', 'choose-pay-bill'],
  ] as const
  for (const [target, next] of steps) {
    await mouse.press(page, target)
    await waitForState(page, { step: next })
  }
}

/** Reloads, and reloads again as soon as the app is there, before its first flush can finish. */
async function reloadTwice(page: Page): Promise<void> {
  await page.reload()
  await page.waitForFunction(() => window.__digidel !== undefined)
  await page.reload()
  await page.waitForFunction(() => window.__digidel !== undefined)
}

describe('no event of a visit is lost to a reload', () => {
  it.each([
    ['with the API up', false],
    ['with the API down during the reloads, and back up afterwards', true],
  ])(
    '%s: the server ends up with every event of the visit exactly once, without new input',
    async (_name, apiDown) => {
      const context = await newContext(browser, DESKTOP_VIEWPORT)
      contexts.push(context)
      const page = await context.newPage()
      const errors = recordPageErrors(page)
      await openApp(page, proxy.url, '&lang=en')
      await waitForTarget(page, 'lobby.task.pay-bill')
      await threeStepsIntoPayBill(page)

      const emitted = await page.evaluate(() => window.__digidel?.telemetry() ?? [])
      const sessionId = emitted[0]?.sessionId ?? ''
      // openApp turns the confidence question off as staff would, which is a setting change.
      expect(emitted.map((event) => event.type)).toEqual([
        'setting_changed',
        'session_started',
        'task_started',
        'step_started',
        'step_completed',
        'step_started',
        'step_completed',
        'step_started',
        'step_completed',
        'step_started',
      ])

      if (apiDown) proxy.setApiDown(true)
      const refusedBefore = proxy.refused()
      await reloadTwice(page)
      if (apiDown) {
        // The pages keep trying while the API is down...
        await expect.poll(() => proxy.refused(), { timeout: 15_000 }).toBeGreaterThan(refusedBefore + 1)
        // ...and the first visit's events are not on the server yet, except what left before the outage.
        const before = await storedEvents(sessionId)
        expect(before.some((event) => event.type === 'session_ended')).toBe(false)
        proxy.setApiDown(false)
      }

      // No input from here on: the reloaded page sends what it finds by itself.
      await expect
        .poll(async () => (await storedEvents(sessionId)).map((event) => event.type), {
          timeout: 60_000,
          interval: 500,
        })
        .toContain('session_ended')
      const stored = await storedEvents(sessionId)
      const ids = stored.map((event) => event.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const event of emitted as TelemetryEventInput[]) expect(ids).toContain(event.id)
      const extra = stored.filter((event) => !emitted.some((sent) => sent.id === event.id))
      expect(extra.map((event) => [event.type, event.payload.reason])).toEqual([
        ['task_abandoned', 'left'],
        ['session_ended', 'unload'],
      ])
      expect(stored).toHaveLength(emitted.length + 2)
      expect(errors.filter((error) => !/Failed to fetch|ERR_/.test(error))).toEqual([])
    },
  )
})

describe('a scene whose code could not be fetched', () => {
  it('sends the visitor back to the lobby, and once the server answers the page reloads and the scene opens', async () => {
    const context = await newContext(browser, DESKTOP_VIEWPORT)
    contexts.push(context)
    const page = await context.newPage()
    await openApp(page, proxy.url, '&lang=en')
    await page.getByTestId('use-screen').click()
    await waitForTarget(page, 'lobby.task.pay-bill')
    // The server goes down as the visitor enters the bank: its set's code (loaded when entered) cannot be fetched.
    proxy.setApiDown(true)
    const setCode = /\/assets\/set-[^/]+\.js$/
    const health = /\/api\/health$/
    await page.route(setCode, (route) => route.abort('connectionrefused'))
    await page.route(health, (route) => route.abort('connectionrefused'))
    await page.evaluate(() => Object.assign(window, { beforeReload: true }))
    await mouse.press(page, 'lobby.task.pay-bill')
    await expect
      .poll(() => page.evaluate(() => document.body.innerText), { timeout: 30_000 })
      .toContain('went wrong in that room')
    await waitForState(page, { scene: 'lobby' })
    // While the server is away the page stays (a reload now would show nothing).
    await page.waitForTimeout(3000)
    expect(await page.evaluate(() => 'beforeReload' in window)).toBe(true)

    await page.unroute(setCode)
    await page.unroute(health)
    proxy.setApiDown(false)
    await page.waitForFunction(() => !('beforeReload' in window) && window.__digidel !== undefined, null, {
      timeout: 30_000,
    })
    await turnOffConfidenceQuestion(page)
    await page.evaluate(() => window.__digidel?.store.getState().answerBasicsOffer())
    await page.getByTestId('use-screen').click()
    await mouse.press(page, 'lobby.task.pay-bill')
    await waitForState(page, { scene: 'bank', step: 'pick-up-bill' })
  })
})
