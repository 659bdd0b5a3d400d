import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appState, waitForTarget } from './support/app-page'
import { controllerDriver, enterScreenWithKeyboard, keyboardDriver, mouseDriver } from './support/drivers'
import {
  BOOKING_TASK,
  KEYBOARD,
  PRESCHOOL_TASK,
  completeBooking,
  completePreschool,
} from './support/e-service-flow'
import { screenshot, visitorSuite } from './support/suite'
import { expectEveryStepOnServer, staffAuth } from './support/visitor'
import { controllerPressRetries, enterVr } from './support/xr'

const { origin, visitor } = visitorSuite()

/** Types a search on the physical keyboard, as a visitor with a keyboard without å, ä and ö writes it. */
async function typeSearch(page: Page): Promise<void> {
  await page.keyboard.type('forskola')
  await waitForTarget(page, 'eservice.service.preschool-apply')
}

describe('The e-service counter, end to end', () => {
  it('"Apply for a preschool place" is completed with the keyboard alone, searching the catalogue', async () => {
    const { page, foreign, errors } = await visitor('&lang=sv')
    await enterScreenWithKeyboard(page)
    await completePreschool(page, keyboardDriver, {
      search: typeSearch,
      readMore: true,
      onMoment: async (atMoment, moment) => {
        if (moment === 'catalogue') await screenshot(atMoment, 'desktop-e-service-search')
        if (moment === 'consent-read-more') await screenshot(atMoment, 'desktop-e-service-read-more')
        if (moment === 'review') await screenshot(atMoment, 'desktop-e-service-review')
      },
    })
    await screenshot(page, 'desktop-e-service-my-pages')
    expect(await page.getByTestId('step-text').textContent()).toMatch(/Ansökan är skickad/)
    await expectEveryStepOnServer(origin(), page, PRESCHOOL_TASK)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Book a visit" is completed on desktop with the mouse, and every export has its steps', async () => {
    const { page, foreign, errors } = await visitor('&lang=en')
    await page.getByTestId('use-screen').click()
    await waitForTarget(page, 'lobby.task.pay-bill')
    await completeBooking(page, mouseDriver(KEYBOARD), {
      mistakes: true,
      onMoment: async (atMoment, moment) => {
        if (moment === 'time-taken') await screenshot(atMoment, 'desktop-e-service-time-taken')
        if (moment === 'cancel-dialog') await screenshot(atMoment, 'desktop-e-service-cancel')
      },
    })
    await screenshot(page, 'desktop-e-service-cancelled')
    expect(await page.getByTestId('step-text').textContent()).toMatch(/You booked a visit and cancelled it/)
    const events = await expectEveryStepOnServer(origin(), page, BOOKING_TASK)
    expect(events.find((event) => event.type === 'mistake')?.payload.code).toBe('taken')

    // The staff's statistics and exports take the new tasks as they come, with no change on the server.
    const auth = await staffAuth(origin())
    const stats = (await (await fetch(`${origin()}/api/stats`, auth)).json()) as {
      tasks: { task: string; completed: number; steps: unknown[] }[]
    }
    const booking = stats.tasks.find((task) => task.task === 'book-visit')
    expect(booking?.completed).toBe(1)
    expect(booking?.steps).toHaveLength(BOOKING_TASK.steps.length)
    const csv = await (await fetch(`${origin()}/api/export.csv`, auth)).text()
    for (const step of BOOKING_TASK.steps) expect(csv).toContain(`book-visit,${step.id}`)
    const xapi = JSON.stringify(await (await fetch(`${origin()}/api/export/xapi`, auth)).json())
    for (const step of BOOKING_TASK.steps) expect(xapi).toContain(`book-visit/step/${step.id}`)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Apply for a preschool place" is completed in VR with the controller, through a wrong number and a too-early date', async () => {
    controllerPressRetries.count = 0
    const { page, foreign, errors } = await visitor('&lang=en&emulate=1')
    await enterVr(page)
    await waitForTarget(page, 'lobby.task.pay-bill')
    await completePreschool(page, controllerDriver(KEYBOARD), {
      mistakes: true,
      onMoment: async (atMoment, moment) => {
        if (moment === 'catalogue') await screenshot(atMoment, 'vr-e-service-catalogue')
        if (moment === 'identity-number-error') await screenshot(atMoment, 'vr-e-service-id-error')
        if (moment === 'too-early-date') await screenshot(atMoment, 'vr-e-service-too-early')
      },
    })
    await screenshot(page, 'vr-e-service-my-pages')
    expect(await appState(page)).toMatchObject({ xrPresenting: true, mode: 'vr', status: 'completed' })
    const events = await expectEveryStepOnServer(origin(), page, PRESCHOOL_TASK)
    expect(events.filter((event) => event.type === 'mistake').map((event) => event.payload.code)).toEqual([
      'check-digit',
      'too-early',
    ])
    expect(events.filter((event) => event.type === 'hint_shown')).toHaveLength(2)
    // About 55 presses: a few repeated presses are tolerated on a loaded CPU; a broken ray is not.
    expect(controllerPressRetries.count).toBeLessThanOrEqual(8)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Book a visit" is completed in VR with the controller', async () => {
    controllerPressRetries.count = 0
    const { page, foreign, errors } = await visitor('&lang=sv&emulate=1')
    await enterVr(page)
    await waitForTarget(page, 'lobby.task.pay-bill')
    await completeBooking(page, controllerDriver(KEYBOARD), {
      onMoment: async (atMoment, moment) => {
        if (moment === 'booked') await screenshot(atMoment, 'vr-e-service-booked')
      },
    })
    await screenshot(page, 'vr-e-service-cancelled')
    expect(await appState(page)).toMatchObject({ xrPresenting: true, mode: 'vr', status: 'completed' })
    await expectEveryStepOnServer(origin(), page, BOOKING_TASK)
    expect(controllerPressRetries.count).toBeLessThanOrEqual(5)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })
})
