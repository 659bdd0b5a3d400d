import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appState, waitForTarget, waitFrames } from './support/app-page'
import { recordPageErrors } from './support/browser'
import { SCREENSHOTS as ARTIFACTS, visitorSuite } from './support/suite'
import {
  approveStation,
  openConsole,
  openScreenStation,
  stationCard,
  stationIdOf,
} from './support/staff-console'
import { dispatchRemote, enterVr, pressWithController, type Hand } from './support/xr'

const { origin, browser, track, visitor } = visitorSuite()

/** Where the visitor's eyes are and which way they face, as the page reports it. */
async function view(page: Page): Promise<{ position: [number, number, number]; yaw: number }> {
  const seen = await page.evaluate(() => window.__digidel?.view() ?? null)
  if (!seen) throw new Error('no view yet')
  return seen
}

/** Flicks one controller's thumbstick sideways (1 right, -1 left) and lets it spring back, as a hand does. */
async function flickThumbstick(page: Page, hand: Hand, x: 1 | -1): Promise<void> {
  for (const value of [x, 0]) {
    await dispatchRemote(page, 'set_gamepad_state', {
      device: `controller-${hand}`,
      axes: [{ index: 0, value }],
    })
    await waitFrames(page, 3)
  }
}

/** Degrees between two yaws, -180..180. */
const yawDifference = (a: number, b: number) => ((((a - b + 180) % 360) + 360) % 360) - 180

describe('Comfort in VR, with one controller', () => {
  it('snap-turns 30° per flick of either thumbstick, and recenter puts the visitor back in front', async () => {
    const { page, foreign, errors } = await visitor('&emulate=1')
    await enterVr(page)
    await waitFrames(page, 5)
    const start = await view(page)

    await flickThumbstick(page, 'left', 1)
    expect(yawDifference((await view(page)).yaw, start.yaw)).toBeCloseTo(-30, 0)
    // Held out, the stick turns once; back in the middle it is ready for the next flick.
    await flickThumbstick(page, 'right', 1)
    expect(yawDifference((await view(page)).yaw, start.yaw)).toBeCloseTo(-60, 0)
    await flickThumbstick(page, 'left', -1)
    await flickThumbstick(page, 'left', -1)
    expect(yawDifference((await view(page)).yaw, start.yaw)).toBeCloseTo(0, 0)

    // The visitor has stepped aside and turned: recenter from the menu, with the left controller alone.
    const half = (25 * Math.PI) / 360
    await dispatchRemote(page, 'set_transform', {
      device: 'headset',
      position: { x: 0.5, y: 1.6, z: 0.3 },
      orientation: { x: 0, y: Math.sin(half), z: 0, w: Math.cos(half) },
    })
    // The hand comes along, held in front of the chest.
    await dispatchRemote(page, 'set_transform', {
      device: 'controller-left',
      position: { x: 0.35, y: 1.3, z: 0.05 },
    })
    await waitFrames(page, 3)
    const aside = await view(page)
    expect(aside.position[0]).toBeCloseTo(0.5, 1)
    expect(yawDifference(aside.yaw, start.yaw)).toBeCloseTo(25, 0)

    await pressWithController(page, 'lobby.settings', { hand: 'left' })
    await waitForTarget(page, 'settings.recenter')
    await pressWithController(page, 'settings.recenter', { hand: 'left' })
    await expect
      .poll(async () => {
        const { position, yaw } = await view(page)
        return [position[0], position[2], yawDifference(yaw, start.yaw)].map((value) =>
          Math.round(value * 10),
        )
      })
      .toEqual([0, 0, 0])
    await page.screenshot({ path: `${ARTIFACTS}/vr-recentered.png` })
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })
})

describe('Display settings from the staff console', () => {
  it('staff make a visitor’s text largest and the contrast high, and the visitor’s screen follows', async () => {
    const staffContext = track(await browser().newContext({ viewport: { width: 1024, height: 768 } }))
    const staffPage = await staffContext.newPage()
    const staffErrors = recordPageErrors(staffPage)
    await openConsole(staffPage, origin())

    const station = await openScreenStation(browser(), origin())
    track(station.context())
    const stationId = await stationIdOf(station)
    await approveStation(staffPage, station)
    await expect.poll(() => stationCard(staffPage, stationId).count(), { timeout: 10_000 }).toBe(1)
    await stationCard(staffPage, stationId).click()

    const stepFont = () =>
      station.evaluate(() => {
        const root = document.querySelector<HTMLElement>('.app')
        return root ? Number(getComputedStyle(root).getPropertyValue('--text-scale')) : 0
      })
    const before = await stepFont()

    await staffPage.getByTestId('cmd-setting-textSize-largest').click()
    await staffPage.getByTestId('cmd-setting-contrast-high').click()
    await expect
      .poll(() => station.evaluate(() => window.__digidel?.store.getState().settings ?? null), {
        timeout: 10_000,
      })
      .toMatchObject({ textSize: 'largest', contrast: 'high' })
    expect(await stepFont()).toBeGreaterThan(before)
    // The console shows what the visitor has now.
    await expect
      .poll(() => staffPage.getByTestId('cmd-setting-textSize-largest').getAttribute('aria-checked'))
      .toBe('true')
    await expect
      .poll(() =>
        station.evaluate(() =>
          window.__digidel
            ?.telemetry()
            .filter((event) => event.type === 'setting_changed')
            .map((event) => event.payload),
        ),
      )
      .toEqual(
        expect.arrayContaining([
          { setting: 'text_size', value: 'largest' },
          { setting: 'contrast', value: 'high' },
        ]),
      )
    expect((await appState(station)).mode).toBe('desktop')
    await station.screenshot({ path: `${ARTIFACTS}/desktop-staff-set-largest-high-contrast.png` })
    expect(staffErrors).toEqual([])
  })
})
