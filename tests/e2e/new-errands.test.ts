import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appState, waitForTarget } from './support/app-page'
import { controllerDriver, mouseDriver } from './support/drivers'
import { KEYBOARD } from './support/e-service-flow'
import { HEALTH_TASK, completeHealthCentre } from './support/health-flow'
import { MAILBOX_TASK, completeMailbox, openTaxLetter } from './support/mailbox-flow'
import { screenshot, visitorSuite } from './support/suite'
import { expectEveryStepOnServer } from './support/visitor'
import { controllerPressRetries, enterVr } from './support/xr'

const { origin, visitor } = visitorSuite()

/** Frames a screenshot waits for text to appear: about a second on a screen, a few seconds in VR. */
const SETTLE_FRAMES = 30

/**
 * A flow's `onMoment` that saves a screenshot `<prefix>-<moment>` at each of these moments, once a new page's
 * text has had time to appear (an Arabic calendar caught after 3 frames still lacked half its day numbers).
 */
function shotsAt(prefix: string, moments: readonly string[]): (page: Page, moment: string) => Promise<void> {
  return async (page, moment) => {
    if (moments.includes(moment)) await screenshot(page, `${prefix}-${moment}`, SETTLE_FRAMES)
  }
}

/** Runs a journey and prints how long it took, for the report. */
async function timed(what: string, journey: () => Promise<void>): Promise<void> {
  const started = Date.now()
  await journey()
  console.log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** The mistakes the server holds for the visit, by code. */
function mistakeCodes(events: Awaited<ReturnType<typeof expectEveryStepOnServer>>): (string | undefined)[] {
  return events.filter((event) => event.type === 'mistake').map((event) => event.payload.code)
}

describe('The two errands written as packages, end to end', () => {
  // Its first step picks up the appointment card (`eservice.health-card`), which the e-service scene draws once
  // the documents branch has merged; before that, this test stops at that step.
  it('"Book a time at the health centre" is completed in VR with the controller, through a taken time', async () => {
    controllerPressRetries.count = 0
    const { page, foreign, errors } = await visitor('&lang=en&emulate=1')
    await enterVr(page)
    await waitForTarget(page, 'lobby.task.pay-bill')
    await timed('health centre, VR', () =>
      completeHealthCentre(page, controllerDriver(KEYBOARD), {
        mistakes: true,
        onMoment: shotsAt('vr-health', ['reason', 'time-taken', 'review', 'booked', 'moved']),
      }),
    )
    expect(await appState(page)).toMatchObject({ xrPresenting: true, mode: 'vr', status: 'completed' })
    const events = await expectEveryStepOnServer(origin(), page, HEALTH_TASK)
    expect(mistakeCodes(events)).toEqual(['taken'])
    expect(events.filter((event) => event.type === 'hint_shown')).toHaveLength(1)
    // About 40 presses: a few repeated presses are tolerated on a loaded CPU; a broken ray is not.
    expect(controllerPressRetries.count).toBeLessThanOrEqual(8)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Your digital mailbox" shows its inbox and the tax letter in VR', async () => {
    controllerPressRetries.count = 0
    const { page, foreign, errors } = await visitor('&lang=en&emulate=1')
    await enterVr(page)
    await waitForTarget(page, 'lobby.task.pay-bill')
    await timed('mailbox to the letter, VR', () =>
      openTaxLetter(page, controllerDriver(KEYBOARD), {
        onMoment: shotsAt('vr-mailbox', ['inbox', 'letter']),
      }),
    )
    expect(await appState(page)).toMatchObject({
      xrPresenting: true,
      mode: 'vr',
      step: 'amount',
      mistakes: 0,
    })
    expect(controllerPressRetries.count).toBeLessThanOrEqual(3)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Your digital mailbox" is completed in Arabic on a 1280×800 screen with the mouse', async () => {
    const { page, foreign, errors } = await visitor('&lang=ar')
    await page.getByTestId('use-screen').click()
    await waitForTarget(page, 'lobby.task.pay-bill')
    await timed('mailbox, Arabic desktop', () =>
      completeMailbox(page, mouseDriver(KEYBOARD), {
        onMoment: shotsAt('ar-desktop-mailbox', ['inbox', 'letter', 'calendar', 'report', 'logged-out']),
      }),
    )
    await expectEveryStepOnServer(origin(), page, MAILBOX_TASK)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  // Waits for the appointment card, as the VR journey does.
  it('"Book a time at the health centre" is completed in Arabic on a 1280×800 screen with the mouse', async () => {
    const { page, foreign, errors } = await visitor('&lang=ar')
    await page.getByTestId('use-screen').click()
    await waitForTarget(page, 'lobby.task.pay-bill')
    await timed('health centre, Arabic desktop', () =>
      completeHealthCentre(page, mouseDriver(KEYBOARD), {
        mistakes: true,
        onMoment: shotsAt('ar-desktop-health', ['reason', 'time-taken', 'review', 'booked', 'moved']),
      }),
    )
    const events = await expectEveryStepOnServer(origin(), page, HEALTH_TASK)
    expect(mistakeCodes(events)).toEqual(['taken'])
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })
})
