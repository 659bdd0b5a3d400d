import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appState } from './support/app-page'
import { recordForeignRequests, recordPageErrors } from './support/browser'
import { storedEvents } from './support/server'
import {
  approveStation,
  openConsole,
  openScreenStation,
  stationCard,
  stationIdOf,
} from './support/staff-console'
import { SCREENSHOTS, visitorSuite } from './support/suite'

const ARTIFACTS = SCREENSHOTS
const { origin: base, browser, contexts } = visitorSuite()

describe('Help, please', () => {
  it('puts a visitor’s call on the staff console with a chime until staff answer it', async () => {
    const staffContext = await browser().newContext({
      viewport: { width: 1024, height: 768 },
      deviceScaleFactor: 1,
    })
    contexts.push(staffContext)
    const staffPage: Page = await staffContext.newPage()
    const staffErrors = recordPageErrors(staffPage)
    await openConsole(staffPage, base())

    const station = await openScreenStation(browser(), base())
    contexts.push(station.context())
    const foreign = recordForeignRequests(station, base())
    const stationId = await stationIdOf(station)
    await approveStation(staffPage, station)
    await expect.poll(() => stationCard(staffPage, stationId).count(), { timeout: 10_000 }).toBe(1)

    await station.getByTestId('help-call').click()
    await expect.poll(() => station.getByTestId('help-call').textContent()).toBe('Personal kommer')

    const alert = staffPage.getByTestId('help-alerts')
    await alert.waitFor({ timeout: 10_000 })
    expect(await alert.textContent()).toMatch(/is calling for help/)
    await expect.poll(() => stationCard(staffPage, stationId).getByTestId('help-tag').count()).toBe(1)
    await expect
      .poll(() => staffPage.evaluate(() => Number(document.body.dataset.helpChimes ?? 0)))
      .toBeGreaterThanOrEqual(1)
    await staffPage.screenshot({ path: `${ARTIFACTS}/console-help-call.png` })

    await staffPage.getByTestId('help-ack').click()
    await alert.waitFor({ state: 'detached', timeout: 10_000 })
    await expect.poll(() => station.getByTestId('help-call').textContent()).toBe('Ring på personal')

    const { sessionId } = await appState(station)
    await expect
      .poll(
        async () =>
          (await storedEvents(base(), sessionId)).filter((event) => event.type === 'help_requested').length,
        {
          timeout: 20_000,
        },
      )
      .toBe(1)
    expect(foreign).toEqual([])
    expect(staffErrors).toEqual([])
  })
})
