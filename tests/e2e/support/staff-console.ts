import type { Browser, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { STATION_STORAGE_KEY } from '../../../src/station/station-identity'
import { openApp, waitForStartChoices } from './app-page'
import { TEST_STAFF_PIN } from './server'

/** Opens the staff console in English and logs in with the test PIN. */
export async function openConsole(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/staff`)
  await page.getByRole('radio', { name: 'English' }).click()
  await page.getByTestId('staff-pin').fill(TEST_STAFF_PIN)
  await page.getByTestId('staff-login').click()
  await expect.poll(() => page.getByTestId('console-link').textContent(), { timeout: 10_000 }).toBe('Live')
}

/** The station id a visitor page keeps in its storage. */
export async function stationIdOf(page: Page): Promise<string> {
  return page
    .waitForFunction((key) => {
      const text = localStorage.getItem(key)
      return text ? (JSON.parse(text) as { id: string }).id : false
    }, STATION_STORAGE_KEY)
    .then((handle) => handle.jsonValue() as Promise<string>)
}

/** A station's card on the staffPage. */
export function stationCard(staffPage: Page, stationId: string): Locator {
  return staffPage.locator(`[data-testid="station-card"][data-station-id="${stationId}"]`)
}

/** Text of a part of a station's card, e.g. `step-label`. */
export async function cardText(staffPage: Page, stationId: string, part: string): Promise<string | null> {
  const element = stationCard(staffPage, stationId).getByTestId(part)
  return (await element.count()) === 0 ? null : element.textContent()
}

/** A light second station: the desktop app in a small window, so it leaves CPU to the headset. */
export async function openScreenStation(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 560, height: 360 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  await openApp(page, baseUrl)
  await waitForStartChoices(page)
  await page.getByTestId('use-screen').click()
  return page
}

/** Polls a value until it matches, with a clear message. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  await expect.poll(read, { timeout, interval: 100 }).toEqual(expected)
}

/** The pairing code a visitor page shows in its lobby, as it keeps it in its storage. */
export async function pairingCodeOf(page: Page): Promise<string> {
  return page.evaluate((key) => {
    const text = localStorage.getItem(key)
    return text ? (JSON.parse(text) as { pairingCode: string }).pairingCode : ''
  }, STATION_STORAGE_KEY)
}

/**
 * Approves a new station on the console by the code its lobby shows, as staff do once per device. The code can
 * change when the station first connects (if another station had it), so a code the server does not know is
 * read again.
 */
export async function approveStation(staffPage: Page, station: Page): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = await pairingCodeOf(station)
    await staffPage.getByTestId('pair-code').fill(code)
    await staffPage.getByTestId('pair-approve').click()
    const outcome = staffPage.getByTestId('pair-outcome')
    await expect.poll(() => outcome.textContent(), { timeout: 5_000 }).toContain(code)
    if (/approved/.test((await outcome.textContent()) ?? '')) return
    await staffPage.waitForTimeout(500)
  }
  throw new Error('the station was never approved')
}
