// The staff console of the soak: one page that approves the stations, answers their calls for help (and skips the
// step the visitor was stuck on, as staff would do at their side), and times the live link.

import type { Browser, Page } from 'playwright-core'
import { STATION_STORAGE_KEY } from '../../src/station/station-identity'
import { SOAK_STAFF_PIN } from './server-process'

/** The console, driven by the soak's stations one at a time. */
export interface SoakConsole {
  page: Page
  /** Live-link messages the console received so far. */
  messages(): number
  approve(station: Page): Promise<void>
  /** After a server restart, logs in again (the restart forgot the login), as staff would. */
  ensureLive(): Promise<void>
  /** Answers a station's call for help, then skips the step its visitor was stuck on. */
  answerHelp(stationId: string): Promise<void>
  /** The step label a station's card shows now (null: none). */
  stepLabel(stationId: string): Promise<string | null>
  /** Errors the console page threw. */
  errors: string[]
}

async function poll<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = await read()
    if (ok(value)) return value
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export async function openSoakConsole(browser: Browser, url: string): Promise<SoakConsole> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  let messages = 0
  page.on('websocket', (socket) => socket.on('framereceived', () => messages++))
  const login = async () => {
    await page.goto(`${url}/staff`)
    await page.getByRole('radio', { name: 'English' }).click()
    await page.getByTestId('staff-pin').fill(SOAK_STAFF_PIN)
    await page.getByTestId('staff-login').click()
    await poll(
      () => page.getByTestId('console-link').textContent(),
      (text) => text === 'Live',
      'console link',
    )
  }
  await login()
  const ensureLive = async () => {
    if (
      (await page
        .getByTestId('console-link')
        .textContent({ timeout: 5000 })
        .catch(() => null)) === 'Live'
    )
      return
    await poll(
      () => page.getByTestId('console-link').textContent({ timeout: 5000 }),
      (text) => text === 'Live',
      'console link back',
      20_000,
    ).catch(login)
  }
  // One command at a time: the stations' loops share this page.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work)
    queue = next.catch(() => undefined)
    return next
  }
  const card = (stationId: string) =>
    page.locator(`[data-testid="station-card"][data-station-id="${stationId}"]`)
  return {
    page,
    errors,
    messages: () => messages,
    approve: (station) =>
      serial(async () => {
        for (let attempt = 0; attempt < 20; attempt++) {
          // Waited for, not read once: a station that has only just loaded may not have made its identity yet.
          const pending = await station.waitForFunction((key) => {
            const text = localStorage.getItem(key)
            return text ? (JSON.parse(text) as { pairingCode?: string }).pairingCode || false : false
          }, STATION_STORAGE_KEY)
          const code = String(await pending.jsonValue())
          await page.getByTestId('pair-code').fill(code)
          await page.getByTestId('pair-approve').click()
          const outcome = await poll(
            () => page.getByTestId('pair-outcome').textContent(),
            (text) => (text ?? '').includes(code),
            'pairing outcome',
          )
          if (/approved/.test(outcome ?? '')) return
          await page.waitForTimeout(500)
        }
        throw new Error('the station was never approved')
      }),
    ensureLive: () => serial(ensureLive),
    answerHelp: (stationId) =>
      serial(async () => {
        await ensureLive()
        const ack = page.locator(`.help-alert[data-station-id="${stationId}"] [data-testid="help-ack"]`)
        await ack.click({ timeout: 60_000 })
        // The card toggles: select it only if it is not the selected one already.
        if ((await card(stationId).getAttribute('aria-pressed')) !== 'true') await card(stationId).click()
        await page.getByTestId('cmd-skip').click({ timeout: 30_000 })
      }),
    stepLabel: async (stationId) => {
      const label = card(stationId).getByTestId('step-label')
      return (await label.count()) === 0 ? null : label.textContent()
    },
  }
}
